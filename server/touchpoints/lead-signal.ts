import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Channel, ProductCategory, Readiness, TouchpointKind } from "@/generated/prisma/enums";
import { isInboundBuyingSignal, slaDueAt, type SlaConfig } from "@/lib/sla";
import { scoreLead, type ScoringSignal } from "@/lib/scoring";
import { recordAudit } from "@/server/audit";
import { chooseOwnerForNewLead } from "@/server/routing/round-robin";
import { getSlaConfigForTeam } from "@/server/teams/calendar";
import { openStageSql } from "@/server/leads/open-stage-sql";
import { scoringSignals } from "@/server/leads/score-signals";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// How an inbound signal reaches a person, whatever brought it in (the ingest API,
// a customer's question on their order page): it feeds the customer's newest open
// lead — moving its score and, for a buying signal, its response clock — or opens
// a new lead with a running clock and an owner. Runs inside the caller's
// transaction, which also writes the touchpoint itself.

export type InboundSignal = {
  kind: TouchpointKind;
  channel: Channel;
  occurredAt: Date;
  topic: string | null;
  /** The lead's headline if a new lead is opened. */
  interest: string;
  category: ProductCategory | null;
  campaignId: string | null;
  /** The API key it came through, if any: its team gets the lead (server/routing/signal-team.ts). */
  apiKeyId?: string | null;
  /** The team of the web form it came through, if any: that team gets the lead. */
  formTeamId?: string | null;
  /** The lead the customer answers (a reply to a rep's message): fed rather than a newer one while it is open. */
  answersLeadId?: string | null;
};

export type SignalCustomer = { id: string; ownerId: string | null; teamId: string | null };

export type LeadAfterSignal = {
  leadId: string | null;
  created: boolean;
  /**
   * The customer's owner and team after the signal: a new round-robin lead gives a customer without
   * a rep one, and a customer without a team takes the team of the signal, so its reps see the lead.
   */
  ownerId: string | null;
  teamId: string | null;
  /** An open lead's score before and after this signal (automations: a slow-tracker warming up). */
  scoreChange?: { before: { score: number; readiness: Readiness }; after: { score: number; readiness: Readiness } };
};

export async function leadForInboundSignal(
  tx: Prisma.TransactionClient,
  customer: SignalCustomer,
  input: InboundSignal,
  now: Date,
  /** Who opened it, for the audit row, e.g. { via: "api", apiKeyId } or { via: "portal" }. */
  via: Prisma.InputJsonObject,
): Promise<LeadAfterSignal> {
  const signal: ScoringSignal = {
    kind: input.kind,
    direction: "INBOUND",
    topic: input.topic,
    occurredAt: input.occurredAt,
  };
  const buying = isInboundBuyingSignal(input.kind);
  // The promise in force when the signal is written (read in this transaction), counted in the
  // calendar of the team that owns the lead: its own, else the customer's (server/teams/calendar.ts).
  const slaFor = (team: string | null) => getSlaConfigForTeam(tx, team);
  let ownerId = customer.ownerId;
  let teamId = customer.teamId;

  const lead = await lockLatestOpenLead(tx, customer.id, input.answersLeadId ?? null);
  if (lead) {
    const { score, readiness } = scoreLead([...(await recentSignals(tx, customer.id, lead.id, now)), signal], now);
    await tx.lead.update({
      where: { id: lead.id },
      data: buying
        ? {
            score,
            readiness,
            scoredAt: now,
            ...clockAfterSignal(lead, input, await slaFor(lead.teamId ?? customer.teamId)),
            ...(lead.campaignId ? {} : { campaignId: input.campaignId }),
            lastActivityAt: later(lead.lastActivityAt, input.occurredAt),
            version: { increment: 1 },
          }
        : // Browsing moves the score, not the clock; it leaves the version alone so a
          // seller's open follow-up form is not outdated by every page view.
          { score, readiness, scoredAt: now },
      select: { id: true },
    });
    return {
      leadId: lead.id,
      created: false,
      ownerId,
      teamId,
      scoreChange: { before: { score: lead.score, readiness: lead.readiness }, after: { score, readiness } },
    };
  }
  if (!buying) return { leadId: null, created: false, ownerId, teamId };

  const { score, readiness } = scoreLead([...(await recentSignals(tx, customer.id, null, now)), signal], now);
  const category = input.category ?? (await categoryFor(tx, customer.id));
  const routing = await chooseOwnerForNewLead(tx, customer, now, {
    apiKeyId: input.apiKeyId,
    formTeamId: input.formTeamId,
    campaignId: input.campaignId,
    category,
  });
  // A customer without an active rep gets the one their new lead went to (an away rep stays
  // theirs), and a customer without a team the lead's team.
  if (routing.via === "round_robin" && routing.customerNeedsOwner) ownerId = routing.ownerId;
  teamId ??= routing.teamId;
  // The new lead's clock counts in the calendar of the team that owns it.
  const sla = await slaFor(routing.teamId ?? teamId);
  const created = await tx.lead.create({
    data: {
      customerId: customer.id,
      ownerId: routing.ownerId,
      // While unassigned, the reps of this team see it, whatever the customer's team.
      teamId: routing.teamId,
      campaignId: input.campaignId,
      interest: input.interest,
      category,
      sourceChannel: input.channel,
      score,
      readiness,
      scoredAt: now,
      waitingSince: input.occurredAt,
      slaDueAt: slaDueAt(input.occurredAt, input.channel, sla),
      // The promise its first answer is measured against on the dashboard, as Settings say it now.
      slaMinutes: sla.minutesByChannel[input.channel],
      lastActivityAt: input.occurredAt,
      stageChangedAt: now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: null,
    action: "lead.created",
    entityType: "Lead",
    entityId: created.id,
    data: {
      ...via,
      channel: input.channel,
      kind: input.kind,
      customerId: customer.id,
      // Why it went where it went: the team and what made it that team, and who got it or why nobody.
      routing: { teamId: routing.teamId, teamVia: routing.teamVia, via: routing.via },
    },
  });
  await emitWebhookEvent(tx, { type: "lead.created", data: { leadId: created.id }, occurredAt: now });
  if (routing.ownerId) {
    await recordAudit(tx, {
      actorId: null,
      action: "lead.assigned",
      entityType: "Lead",
      entityId: created.id,
      data: { from: null, to: routing.ownerId, via: routing.via },
    });
    await emitWebhookEvent(tx, {
      type: "lead.assigned",
      data: { leadId: created.id, from: null, to: routing.ownerId, via: routing.via },
      occurredAt: now,
    });
  }
  return { leadId: created.id, created: true, ownerId, teamId };
}

type OpenLead = {
  id: string;
  waitingSince: Date | null;
  slaDueAt: Date | null;
  lastActivityAt: Date;
  campaignId: string | null;
  teamId: string | null;
  score: number;
  readiness: Readiness;
};

/**
 * The customer's newest open lead (or the one they answer, while open), locked until commit so that
 * two signals update its clock one after the other.
 */
async function lockLatestOpenLead(
  tx: Prisma.TransactionClient,
  customerId: string,
  answersLeadId: string | null,
): Promise<OpenLead | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Lead" l
     WHERE l."customerId" = ${customerId}::uuid AND ${openStageSql("l")}
     ORDER BY (l.id = ${answersLeadId}::uuid) IS TRUE DESC, "createdAt" DESC, id DESC LIMIT 1 FOR UPDATE`;
  if (!rows[0]) return null;
  return tx.lead.findUnique({
    where: { id: rows[0].id },
    select: {
      id: true,
      waitingSince: true,
      slaDueAt: true,
      lastActivityAt: true,
      campaignId: true,
      teamId: true,
      score: true,
      readiness: true,
    },
  });
}

/**
 * The clock measures from the OLDEST unanswered signal (lib/sla.ts): a second
 * question while we are already late does not restart it. It starts when nobody
 * was waiting, and moves earlier only when a signal arrives late from its source
 * but happened before the one the clock started with.
 */
function clockAfterSignal(
  lead: OpenLead,
  input: InboundSignal,
  sla: SlaConfig,
): { waitingSince?: Date; slaDueAt?: Date } {
  if (lead.waitingSince && lead.slaDueAt && lead.waitingSince <= input.occurredAt) return {};
  return { waitingSince: input.occurredAt, slaDueAt: slaDueAt(input.occurredAt, input.channel, sla) };
}

/** What the lead's score is computed from: one rule for every reader (server/leads/score-signals.ts). */
async function recentSignals(
  tx: Prisma.TransactionClient,
  customerId: string,
  leadId: string | null,
  now: Date,
): Promise<ScoringSignal[]> {
  const [signals] = await scoringSignals(tx, [{ customerId, leadId }], now);
  return signals;
}

/**
 * A new lead is about what the customer's last lead or order was about. With no
 * history and no category sent, CAR — the first business Reise served; sources
 * for other businesses should send `category`.
 */
async function categoryFor(tx: Prisma.TransactionClient, customerId: string): Promise<ProductCategory> {
  const lead = await tx.lead.findFirst({
    where: { customerId },
    orderBy: { createdAt: "desc" },
    select: { category: true },
  });
  if (lead) return lead.category;
  const order = await tx.order.findFirst({
    where: { customerId },
    orderBy: { placedAt: "desc" },
    select: { category: true },
  });
  return order?.category ?? "CAR";
}

const later = (a: Date | null, b: Date) => (a && a > b ? a : b);
