import "server-only";
import type { SlaConfig } from "@/lib/sla";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getSlaConfig } from "./sla";

/** The response-time settings for the settings page. Managers only: anyone else gets a 404. */
export async function getSlaSettings(): Promise<SlaConfig> {
  await requireRole("MANAGER");
  return getSlaConfig(await getDb());
}
