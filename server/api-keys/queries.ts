import "server-only";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { readRoundRobin, type RoundRobinSetting } from "@/server/leads/assignment";
import { listApiKeys, type ApiKeyRow } from "./service";

export type IntegrationSettings = { keys: ApiKeyRow[]; roundRobin: RoundRobinSetting };

/** The settings page's data. Managers only: anyone else gets a 404. */
export async function getIntegrationSettings(): Promise<IntegrationSettings> {
  const session = await requireRole("MANAGER");
  const db = await getDb();
  const [keys, roundRobin] = await Promise.all([listApiKeys(db, session), readRoundRobin(db)]);
  return { keys, roundRobin };
}
