import type { SqlRunner } from "@/server/db/sql";

// The demo's bells: what each rep would have been told about their leads (server/notifications/),
// so the bell, the notifications page and the benchmark see a lived-in installation. Written in
// one statement from the seeded leads: every owned lead of the last 180 days was assigned (read
// unless it is from the last day), and every open lead whose response time has run out
// breached (unread: nobody has answered yet). Ids are derived from the lead, so a second seed of
// the same data gets the same rows. digestedAt is set: the demo mails nobody about its past.

export async function seedNotifications(tx: SqlRunner, now: number): Promise<number> {
  const at = new Date(now).toISOString();
  const rows = await tx.query<{ n: number }>(
    `WITH made AS (
       INSERT INTO "Notification" (id, "userId", kind, "leadId", data, urgent, key, "createdAt", "readAt", "digestedAt")
       SELECT md5(l.id::text || ':assigned')::uuid, l."ownerId", 'LEAD_ASSIGNED'::"NotificationKind", l.id, '{}'::jsonb,
              l.readiness = 'HOT', 'seed:assigned:' || l.id, l."createdAt",
              CASE WHEN l."createdAt" < $1::timestamptz - interval '1 day' THEN l."createdAt" + interval '2 hours' END,
              l."createdAt"
         FROM "Lead" l
        WHERE l."ownerId" IS NOT NULL AND l."createdAt" >= $1::timestamptz - interval '180 days'
          AND l."createdAt" <= $1::timestamptz
       UNION ALL
       SELECT md5(l.id::text || ':breached')::uuid, l."ownerId", 'SLA_BREACHED'::"NotificationKind", l.id, '{}'::jsonb,
              l.readiness = 'HOT', 'seed:breached:' || l.id || ':' || l."slaDueAt", l."slaDueAt", NULL, l."slaDueAt"
         FROM "Lead" l
        WHERE l."ownerId" IS NOT NULL AND l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL')
          AND l."waitingSince" IS NOT NULL AND l."slaDueAt" < $1::timestamptz
       RETURNING 1)
     SELECT count(*)::int AS n FROM made`,
    [at],
  );
  return rows[0]?.n ?? 0;
}
