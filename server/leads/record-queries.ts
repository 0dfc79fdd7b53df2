import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scoreLead, type LeadScore } from "@/lib/scoring";
import { scoringSignals } from "./score-signals";
import type { JourneyFilters } from "@/lib/validation/journey-filters";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { leadWhere } from "@/server/access/lead";
import { isId } from "@/server/access/sql";
import { findJourneyPage, type JourneyPage } from "@/server/customers/journey-queries";

// Reads for the lead page (the customer's timeline itself: server/customers/journey-queries.ts). Each one takes the
// session and scopes its query:
// a lead outside the reader's scope reads exactly like one that does not exist.

/** Enough history for the score: older signals have faded to nothing (half-life 7 days). */

const leadSelect = {
  id: true,
  version: true,
  stage: true,
  lostReason: true,
  lostReasonRef: { select: { label: true } },
  interest: true,
  category: true,
  sourceChannel: true,
  valueMinor: true,
  score: true,
  readiness: true,
  scoredAt: true,
  waitingSince: true,
  slaDueAt: true,
  firstResponseAt: true,
  firstResponseMinutes: true,
  nextFollowUpAt: true,
  lastActivityAt: true,
  createdAt: true,
  closedAt: true,
  owner: { select: { id: true, name: true } },
  campaign: { select: { name: true } },
  customer: { select: { id: true, name: true, email: true, phone: true, city: true, currency: true } },
} satisfies Prisma.LeadSelect;

export type LeadDetail = Omit<Prisma.LeadGetPayload<{ select: typeof leadSelect }>, "score" | "readiness"> & {
  score: LeadScore;
};

export async function getLead(session: AppSession, leadId: string, now = new Date()): Promise<LeadDetail | null> {
  if (!isId(leadId)) return null;
  const db = await getDb();
  const lead = await db.lead.findFirst({ where: { AND: [{ id: leadId }, leadWhere(session)] }, select: leadSelect });
  if (!lead) return null;
  const { score, readiness, ...rest } = lead;
  // One score everywhere: the page shows the stored score the list, the board and search show, and
  // explains it with the signals it was computed from, as they stood when it was (the lead.rescore
  // job keeps it within the hour of the fading; server/leads/score-signals.ts). Points computed
  // now would drift from the list's by a point, or cross Hot's 72-hour line, within that hour.
  const at = lead.scoredAt.getTime() > 0 && lead.scoredAt <= now ? lead.scoredAt : now;
  const [signals] = await scoringSignals(db, [{ leadId: lead.id, customerId: lead.customer.id }], at);
  const { reasons } = scoreLead(
    signals.filter((s) => s.occurredAt <= at),
    at,
  );
  return { ...rest, score: { score, readiness, reasons } };
}

/**
 * The customer's journey as seen from one of their leads: every touchpoint of
 * the customer (the lead's own included), newest first, 30 at a time. Keyset
 * pagination on (occurredAt, id), so page 40 of a long history costs what page 1 does.
 */
export async function getLeadJourney(
  session: AppSession,
  leadId: string,
  filters: JourneyFilters,
): Promise<JourneyPage | null> {
  if (!isId(leadId)) return null;
  const db = await getDb();
  const lead = await db.lead.findFirst({
    where: { AND: [{ id: leadId }, leadWhere(session)] },
    select: { customerId: true },
  });
  if (!lead) return null;
  return findJourneyPage(lead.customerId, filters);
}
