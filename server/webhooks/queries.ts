import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { WEBHOOK_ENDPOINTS_MAX } from "@/lib/webhooks/events";
import { assertMayManageWebhooks } from "@/server/access/webhook";
import type { AppSession } from "@/server/auth/session";
import { decodeKeyset, keyCol, keysetAfter, keysetOrderBy } from "@/server/lists/keyset";
import { readListPage, type ListPage } from "@/server/lists/list-page";

// Settings → Webhooks' reads: the endpoints (with their secret: the manager copies it into the
// receiver) and each endpoint's delivery log, newest first, by keyset pages.

export type WebhookEndpointRow = {
  id: string;
  url: string;
  description: string;
  events: string[];
  secret: string;
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: string | null;
  consecutiveFailures: number;
  previousSecretUntil: Date | null;
  createdByName: string | null;
  createdAt: Date;
};

export async function listWebhookEndpoints(db: PrismaClient, session: AppSession): Promise<WebhookEndpointRow[]> {
  assertMayManageWebhooks(session);
  const rows = await db.webhookEndpoint.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: WEBHOOK_ENDPOINTS_MAX,
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      secret: true,
      enabled: true,
      disabledAt: true,
      disabledReason: true,
      consecutiveFailures: true,
      previousSecretUntil: true,
      createdById: true,
      createdAt: true,
    },
  });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map(({ createdById, ...row }) => ({ ...row, createdByName: names.get(createdById) ?? null }));
}

export type WebhookDeliveryRow = {
  id: string;
  eventId: string;
  eventType: string;
  state: "QUEUED" | "SENDING" | "DELIVERED" | "FAILED" | "SKIPPED";
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  responseMs: number | null;
  replayOfId: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  nextAttemptAt: Date | null;
};

export const WEBHOOK_LOG_PAGE_SIZE = 20;
const SORT = "log";
const KEYS = [keyCol("createdAt", "desc", "ts"), keyCol("id", "desc", "uuid")];

export async function listWebhookDeliveries(
  db: PrismaClient,
  session: AppSession,
  input: { endpointId: string; cursor?: string; pageSize?: number },
): Promise<ListPage<WebhookDeliveryRow>> {
  assertMayManageWebhooks(session);
  const pageSize = input.pageSize ?? WEBHOOK_LOG_PAGE_SIZE;
  const after = decodeKeyset(SORT, KEYS, input.cursor);
  const sql = Prisma.sql`
    SELECT d.id::text, d."eventId"::text AS "eventId", d."eventType", d.state::text AS state, d.attempts,
           d."lastStatus", d."lastError", d."responseMs", d."replayOfId"::text AS "replayOfId",
           d."createdAt", d."deliveredAt", d."nextAttemptAt"
      FROM "WebhookDelivery" d
     WHERE d."endpointId" = ${input.endpointId}::uuid AND ${after ? keysetAfter("d", KEYS, after) : Prisma.sql`TRUE`}
     ORDER BY ${keysetOrderBy("d", KEYS)}
     LIMIT ${pageSize + 1}`;
  return readListPage<WebhookDeliveryRow & Record<string, unknown>, WebhookDeliveryRow>(
    db,
    sql,
    pageSize,
    { sort: SORT, keys: KEYS },
    (row) => ({
      ...row,
      createdAt: new Date(row.createdAt),
      deliveredAt: row.deliveredAt ? new Date(row.deliveredAt) : null,
      nextAttemptAt: row.nextAttemptAt ? new Date(row.nextAttemptAt) : null,
    }),
  );
}
