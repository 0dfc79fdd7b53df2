import "server-only";
import { Prisma, type FollowUpOutcome, type FollowUpType } from "@/generated/prisma/client";
import { encodeCursor, type JourneyFilters } from "@/lib/validation/journey-filters";
import { getDb } from "@/server/db";

// A customer's journey timeline: every touchpoint, newest first, a page at a time. The customer
// page shows it, and the lead page shows its customer's (server/leads/record-queries.ts).

export const JOURNEY_PAGE_SIZE = 30;

// The shape of an entry, as a Prisma select: the page is read with one SQL query (below).
type JourneySelect = {
  id: true;
  occurredAt: true;
  channel: true;
  direction: true;
  phase: true;
  owner: true;
  kind: true;
  topic: true;
  summary: true;
  leadId: true;
  actor: { select: { name: true } };
  campaign: { select: { name: true } };
  followUp: { select: { type: true; outcome: true; note: true; nextFollowUpAt: true } };
  order: { select: { id: true; number: true; customerId: true } };
  message: { select: { status: true; subject: true; body: true; error: true } };
};

export type JourneyEntry = Prisma.TouchpointGetPayload<{ select: JourneySelect }>;
export type JourneyPage = { rows: JourneyEntry[]; nextCursor: string | null; total: number };

type JourneyRow = Omit<JourneyEntry, "actor" | "campaign" | "followUp" | "order" | "message"> & {
  actorName: string | null;
  campaignName: string | null;
  orderId: string | null;
  orderNumber: string | null;
  orderCustomerId: string | null;
  fuType: FollowUpType | null;
  fuOutcome: FollowUpOutcome | null;
  fuNote: string | null;
  fuNext: Date | null;
  msgStatus: NonNullable<JourneyEntry["message"]>["status"] | null;
  msgSubject: string | null;
  msgBody: string | null;
  msgError: string | null;
};

/**
 * One page of a customer's touchpoints, filtered, newest first. Callers authorize first: the
 * lead page through the lead rule, the customer page through the customer rule (server/access/).
 * One SQL statement with the actor, campaign and follow-up joined (Prisma would send one query per
 * relation), keyset on (occurredAt, id) along the (customerId, occurredAt) index. A caller that
 * already knows the total (the customer page counts touchpoints per phase) passes it to skip the count.
 */
export async function findJourneyPage(
  customerId: string,
  filters: JourneyFilters,
  knownTotal?: number,
): Promise<JourneyPage> {
  const db = await getDb();
  const where = Prisma.sql`t."customerId" = ${customerId}::uuid
    ${filters.phase ? Prisma.sql`AND t.phase = ${filters.phase}::"Phase"` : Prisma.empty}
    ${filters.channel ? Prisma.sql`AND t.channel = ${filters.channel}::"Channel"` : Prisma.empty}`;
  const before = filters.before;
  const page = before
    ? Prisma.sql`AND (t."occurredAt", t.id) < (${before.occurredAt}::timestamptz, ${before.id}::uuid)`
    : Prisma.empty;
  const [rows, total] = await Promise.all([
    db.$queryRaw<JourneyRow[]>`
      SELECT t.id, t."occurredAt", t.channel::text AS channel, t.direction::text AS direction, t.phase::text AS phase,
             t.owner::text AS owner, t.kind::text AS kind, t.topic, t.summary, t."leadId",
             a.name AS "actorName", c.name AS "campaignName",
             f.type::text AS "fuType", f.outcome::text AS "fuOutcome", f.note AS "fuNote", f."nextFollowUpAt" AS "fuNext",
             o.id AS "orderId", o.number AS "orderNumber", o."customerId" AS "orderCustomerId",
             m.status::text AS "msgStatus", m.subject AS "msgSubject", m.body AS "msgBody", m.error AS "msgError"
      FROM "Touchpoint" t
      LEFT JOIN "User" a ON a.id = t."actorId"
      LEFT JOIN "Campaign" c ON c.id = t."campaignId"
      LEFT JOIN "FollowUp" f ON f."touchpointId" = t.id
      LEFT JOIN "Order" o ON o.id = t."orderId"
      LEFT JOIN "Message" m ON m."touchpointId" = t.id
      WHERE ${where} ${page}
      ORDER BY t."occurredAt" DESC, t.id DESC
      LIMIT ${JOURNEY_PAGE_SIZE + 1}`,
    knownTotal ??
      db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Touchpoint" t WHERE ${where}`.then((r) => r[0].n),
  ]);
  const entries = rows.map(toEntry);
  const more = entries.length > JOURNEY_PAGE_SIZE;
  const shown = more ? entries.slice(0, JOURNEY_PAGE_SIZE) : entries;
  const last = shown[shown.length - 1];
  return { rows: shown, nextCursor: more && last ? encodeCursor(last) : null, total };
}

function toEntry({
  actorName,
  campaignName,
  fuType,
  fuOutcome,
  fuNote,
  fuNext,
  orderId,
  orderNumber,
  orderCustomerId,
  msgStatus,
  msgSubject,
  msgBody,
  msgError,
  ...row
}: JourneyRow): JourneyEntry {
  return {
    ...row,
    // The order a touchpoint is filed on, so the timeline can link to the staff order page.
    order:
      orderId && orderNumber && orderCustomerId
        ? { id: orderId, number: orderNumber, customerId: orderCustomerId }
        : null,
    actor: actorName === null ? null : { name: actorName },
    // An e-mail or SMS sent or received through Reise: its whole text and whether it was delivered.
    message:
      msgStatus && msgBody !== null ? { status: msgStatus, subject: msgSubject, body: msgBody, error: msgError } : null,
    campaign: campaignName === null ? null : { name: campaignName },
    followUp:
      fuType && fuOutcome ? { type: fuType, outcome: fuOutcome, note: fuNote ?? "", nextFollowUpAt: fuNext } : null,
  };
}
