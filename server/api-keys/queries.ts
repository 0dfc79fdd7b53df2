import "server-only";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getTeamOptions, type TeamOption } from "@/server/routing/queries";
import { listApiKeys, type ApiKeyRow } from "./service";

/** The API keys page's data. Managers only: anyone else gets a 404. */
export async function getApiKeySettings(): Promise<{ keys: ApiKeyRow[]; teams: TeamOption[] }> {
  const session = await requireRole("MANAGER");
  const [keys, teams] = await Promise.all([listApiKeys(await getDb(), session), getTeamOptions()]);
  return { keys, teams };
}
