import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scoreLead, type LeadScore } from "@/lib/scoring";
import { encodeCursor, type JourneyFilters } from "@/lib/validation/journey-filters";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { leadScope } from "./queries";

// Reads for the lead page. Each one takes the session and scopes its query:
// a lead outside the reader's scope reads exactly like one that does not exist.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const JOURNEY_PAGE_SIZE = 30;
/** Enough history for the score: older signals have faded to nothing (half-life 7 days). */
const SCORING_SIGNALS = 500;

const leadSelect = {
  id: true, version: true, stage: true, lostReason: true, interest: true, category: true, sourceChannel: true,
  valueMinor: true, waitingSince: true, slaDueAt: true, firstResponseAt: true, firstResponseMinutes: true,
  nextFollowUpAt: true, lastActivityAt: true, createdAt: true, closedAt: true,
  owner: { select: { id: true, name: true } },
  campaign: { select: { name: true } },
  customer: { select: { id: true, name: true, email: true, phone: true, city: true, currency: true } },
} satisfies Prisma.LeadSelect;

export type LeadDetail = Prisma.LeadGetPayload<{ select: typeof leadSelect }> & { score: LeadScore };

export async function getLead(session: AppSession, leadId: string, now = new Date()): Promise<LeadDetail | null> {
  if (session.role === "CUSTOMER" || !GUID.test(leadId)) return null;
  const db = await getDb();
  const [lead, signals] = await Promise.all([
    db.lead.findFirst({ where: { AND: [{ id: leadId }, leadScope(session)] }, select: leadSelect }),
    db.touchpoint.findMany({
      where: { leadId },
      orderBy: { occurredAt: "desc" },
      take: SCORING_SIGNALS,
      select: { kind: true, direction: true, topic: true, occurredAt: true },
    }),
  ]);
  if (!lead) return null;
  return { ...lead, score: scoreLead(signals, now) };
}

const journeySelect = {
  id: true, occurredAt: true, channel: true, direction: true, phase: true, owner: true, kind: true, topic: true,
  summary: true, leadId: true,
  actor: { select: { name: true } },
  campaign: { select: { name: true } },
  followUp: { select: { type: true, outcome: true, note: true, nextFollowUpAt: true } },
  order: { select: { id: true, number: true, customerId: true } },
} satisfies Prisma.TouchpointSelect;

export type JourneyEntry = Prisma.TouchpointGetPayload<{ select: typeof journeySelect }>;
export type JourneyPage = { rows: JourneyEntry[]; nextCursor: string | null; total: number };

/**
 * The customer's journey as seen from one of their leads: every touchpoint of
 * the customer (the lead's own included), newest first, 30 at a time. Keyset
 * pagination on (occurredAt, id), so page 40 of a long history costs what page 1 does.
 */
export async function getLeadJourney(session: AppSession, leadId: string, filters: JourneyFilters): Promise<JourneyPage | null> {
  if (session.role === "CUSTOMER" || !GUID.test(leadId)) return null;
  const db = await getDb();
  const lead = await db.lead.findFirst({ where: { AND: [{ id: leadId }, leadScope(session)] }, select: { customerId: true } });
  if (!lead) return null;
  return findJourneyPage(lead.customerId, filters);
}

/**
 * One page of a customer's touchpoints, filtered, newest first. Callers authorize first: the
 * lead page through the lead's scope, the customer page through server/customers/record-scope.ts.
 */
export async function findJourneyPage(customerId: string, filters: JourneyFilters): Promise<JourneyPage> {
  const db = await getDb();
  const where: Prisma.TouchpointWhereInput = {
    customerId,
    ...(filters.phase ? { phase: filters.phase } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
  };
  const before = filters.before;
  const page: Prisma.TouchpointWhereInput = before
    ? { OR: [{ occurredAt: { lt: before.occurredAt } }, { occurredAt: before.occurredAt, id: { lt: before.id } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.touchpoint.findMany({
      where: { AND: [where, page] },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: JOURNEY_PAGE_SIZE + 1,
      select: journeySelect,
    }),
    db.touchpoint.count({ where }),
  ]);
  const more = rows.length > JOURNEY_PAGE_SIZE;
  const shown = more ? rows.slice(0, JOURNEY_PAGE_SIZE) : rows;
  const last = shown[shown.length - 1];
  return { rows: shown, nextCursor: more && last ? encodeCursor(last) : null, total };
}

export type AssignableRep = { id: string; name: string };

/** Who a manager may hand a lead to: active sales reps. Nobody else sees this list. */
export async function listAssignableReps(session: AppSession): Promise<AssignableRep[]> {
  if (session.role !== "MANAGER") return [];
  const db = await getDb();
  return db.user.findMany({ where: { role: "SALES", active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
