import "server-only";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import type { ListPage } from "@/server/lists/list-page";
import {
  listWebhookDeliveries,
  listWebhookEndpoints,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from "./queries";

/** Settings → Webhooks' data: the endpoints and, when one is chosen, a page of its log. Others get a 404. */
export async function getWebhookSettings(search: { endpoint?: string; cursor?: string }): Promise<{
  endpoints: WebhookEndpointRow[];
  log: { endpoint: WebhookEndpointRow; page: ListPage<WebhookDeliveryRow> } | null;
}> {
  const session = await requireRole("MANAGER");
  const db = await getDb();
  const endpoints = await listWebhookEndpoints(db, session);
  const chosen = endpoints.find((e) => e.id === search.endpoint);
  if (!chosen) return { endpoints, log: null };
  const page = await listWebhookDeliveries(db, session, { endpointId: chosen.id, cursor: search.cursor });
  return { endpoints, log: { endpoint: chosen, page } };
}
