import "server-only";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { readRoundRobin, type RoundRobinSetting } from "./setting";

/** The routing settings page's data. Managers only: anyone else gets a 404. */
export async function getRoutingSettings(): Promise<{ roundRobin: RoundRobinSetting }> {
  await requireRole("MANAGER");
  return { roundRobin: await readRoundRobin(await getDb()) };
}
