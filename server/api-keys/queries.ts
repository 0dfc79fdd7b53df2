import "server-only";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { listApiKeys, type ApiKeyRow } from "./service";

/** The API keys page's data. Managers only: anyone else gets a 404. */
export async function getApiKeySettings(): Promise<{ keys: ApiKeyRow[] }> {
  const session = await requireRole("MANAGER");
  return { keys: await listApiKeys(await getDb(), session) };
}
