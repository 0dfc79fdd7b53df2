import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { ProductCategory } from "@/generated/prisma/enums";
import { isInboundBuyingSignal, slaDueAt, type SlaConfig } from "@/lib/sla";
import { scoreLead, SCORING, type ScoringSignal } from "@/lib/scoring";
import type { IngestIssue, TouchpointIngest } from "@/lib/validation/touchpoint-ingest";
import type { AuthenticatedKey } from "@/server/api-keys/keys";
import { chooseOwnerForNewLead } from "@/server/leads/assignment";
import { getSlaConfig } from "@/server/settings/sla";
import { furthestStage, ownerFor, phaseFor, stageFor } from "./classify";
import { findOrCreateCustomer } from "./customer";
import { inferTopic } from "./infer-topic";
import { recordAudit } from "@/server/audit";

// One buying signal from outside, written in ONE transaction: the customer
// (found or created), the inbound touchpoint, the lead it opens or feeds, the
// response clock, the lead's score, the customer's activity and journey stage,
// the assignment of a new lead, and the audit rows. Either all of it is there
// or none of it is.

export type IngestOutcome = {
  touchpointId: string;
  customerId: string;
  leadId: string | null;
  created: { customer: boolean; lead: boolean };
};

export type IngestResult =
  | ({ status: "created" | "duplicate" } & IngestOutcome)
  | { status: "unauthorized" }
  | { status: "invalid"; issues: IngestIssue[] };

const OPEN_STAGES = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] as const;
const SCORING_WINDOW_MS = SCORING.engagedWindowDays * 86_400_000;

/**
 * The source's id, scoped to the key that sent it: two systems may both number
 * their messages from 1, and one of them must not swallow the other's signal.
 * (A source that switches to a new key starts a new scope.)
 */
export const scopedExternalId = (key: AuthenticatedKey, externalId: string) => `${key.id}:${externalId}`;

export async function ingestTouchpoint(db: PrismaClient, key: AuthenticatedKey, input: TouchpointIngest, now: Date): Promise<IngestResult> {
  const externalId = input.externalId ? scopedExternalId(key, input.externalId) : null;
  try {
    return await db.$transaction((tx) => write(tx, key, input, externalId, now), { maxWait: 10_000, timeout: 20_000 });
  } catch (error) {
    // Two deliveries of the same signal at once: both passed the duplicate check,
    // the unique index let one commit and rolled the other back entirely.
    if (externalId && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await findDuplicate(db, externalId);
      if (existing) return existing;
    }
    throw error;
  }
}

async function findDuplicate(db: PrismaClient | Prisma.TransactionClient, externalId: string): Promise<IngestResult | null> {
  const found = await db.touchpoint.findUnique({ where: { externalId }, select: { id: true, customerId: true, leadId: true } });
  if (!found) return null;
  return {
    status: "duplicate", touchpointId: found.id, customerId: found.customerId, leadId: found.leadId,
    created: { customer: false, lead: false },
  };
}

async function write(
  tx: Prisma.TransactionClient, key: AuthenticatedKey, input: TouchpointIngest, externalId: string | null, now: Date,
): Promise<IngestResult> {
  // Checked again inside the transaction: a key revoked a moment ago writes nothing.
  const active = await tx.apiKey.findFirst({ where: { id: key.id, revokedAt: null }, select: { id: true } });
  if (!active) return { status: "unauthorized" };
  if (externalId) {
    const duplicate = await findDuplicate(tx, externalId);
    if (duplicate) return duplicate;
  }
  const campaignId = input.campaign ? await findCampaignId(tx, input.campaign) : null;
  if (campaignId === undefined) return { status: "invalid", issues: [{ path: "campaign", message: "no campaign with this id or name" }] };

  const { customer, created: customerCreated } = await findOrCreateCustomer(tx, input.customer, now);
  const phase = phaseFor(input.kind, customer.orders);
  const stage = stageFor(input.kind, phase);
  const topic = input.topic ?? inferTopic(input.text);
  const signal: ScoringSignal = { kind: input.kind, direction: "INBOUND", topic, occurredAt: input.occurredAt };
  const buying = isInboundBuyingSignal(input.kind);
  // Read in this transaction: the promise in force when the signal is written.
  const sla = await getSlaConfig(tx);

  const lead = await lockLatestOpenLead(tx, customer.id);
  let leadId: string | null = lead?.id ?? null;
  let leadCreated = false;
  let ownerId = customer.ownerId;
  let teamId = customer.teamId;
  if (lead) {
    const { score, readiness } = scoreLead([...(await recentSignals(tx, customer.id, lead.id, now)), signal], now);
    await tx.lead.update({
      where: { id: lead.id },
      data: buying
        ? { score, readiness, ...clockAfterSignal(lead, input, sla), ...(lead.campaignId ? {} : { campaignId }),
            lastActivityAt: later(lead.lastActivityAt, input.occurredAt), version: { increment: 1 } }
        // Browsing moves the score, not the clock; it leaves the version alone so a
        // seller's open follow-up form is not outdated by every page view.
        : { score, readiness },
      select: { id: true },
    });
  } else if (buying) {
    const { score, readiness } = scoreLead([...(await recentSignals(tx, customer.id, null, now)), signal], now);
    const assignment = await chooseOwnerForNewLead(tx, customer, now);
    const created = await tx.lead.create({
      data: {
        customerId: customer.id,
        ownerId: assignment?.ownerId ?? null,
        campaignId,
        interest: interestFor(input),
        category: input.category ?? (await categoryFor(tx, customer.id)),
        sourceChannel: input.channel,
        score, readiness,
        waitingSince: input.occurredAt,
        slaDueAt: slaDueAt(input.occurredAt, input.channel, sla),
        lastActivityAt: input.occurredAt,
        stageChangedAt: now,
      },
      select: { id: true },
    });
    leadId = created.id;
    leadCreated = true;
    await recordAudit(tx, { actorId: null, action: "lead.created", entityType: "Lead", entityId: leadId,
      data: { via: "api", apiKeyId: key.id, channel: input.channel, kind: input.kind, customerId: customer.id } });
    if (assignment) {
      await recordAudit(tx, { actorId: null, action: "lead.assigned", entityType: "Lead", entityId: leadId,
        data: { from: null, to: assignment.ownerId, via: assignment.via } });
    }
    // A customer without an active rep gets the one their new lead went to.
    if (assignment?.via === "round_robin") {
      ownerId = assignment.ownerId;
      teamId ??= assignment.teamId;
    }
  }

  const touchpoint = await tx.touchpoint.create({
    data: {
      customerId: customer.id, leadId, campaignId, occurredAt: input.occurredAt, channel: input.channel,
      direction: "INBOUND", phase, owner: ownerFor(input.kind, input.channel), kind: input.kind, stage, topic,
      summary: input.text, externalId,
    },
    select: { id: true },
  });
  await tx.customer.update({
    where: { id: customer.id },
    data: {
      lastActivityAt: later(customer.lastActivityAt, input.occurredAt),
      journeyStage: furthestStage(customer.journeyStage, stage),
      ownerId, teamId,
    },
    select: { id: true },
  });
  return {
    status: "created", touchpointId: touchpoint.id, customerId: customer.id, leadId,
    created: { customer: customerCreated, lead: leadCreated },
  };
}

type OpenLead = { id: string; waitingSince: Date | null; slaDueAt: Date | null; lastActivityAt: Date; campaignId: string | null };

/** The customer's newest open lead, locked until commit so that two signals update its clock one after the other. */
async function lockLatestOpenLead(tx: Prisma.TransactionClient, customerId: string): Promise<OpenLead | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Lead"
     WHERE "customerId" = ${customerId}::uuid AND stage::text IN (${Prisma.join([...OPEN_STAGES])})
     ORDER BY "createdAt" DESC, id DESC LIMIT 1 FOR UPDATE`;
  if (!rows[0]) return null;
  return tx.lead.findUnique({
    where: { id: rows[0].id },
    select: { id: true, waitingSince: true, slaDueAt: true, lastActivityAt: true, campaignId: true },
  });
}

/**
 * The clock measures from the OLDEST unanswered signal (lib/sla.ts): a second
 * question while we are already late does not restart it. It starts when nobody
 * was waiting, and moves earlier only when a signal arrives late from its source
 * but happened before the one the clock started with.
 */
function clockAfterSignal(lead: OpenLead, input: TouchpointIngest, sla: SlaConfig): { waitingSince?: Date; slaDueAt?: Date } {
  if (lead.waitingSince && lead.slaDueAt && lead.waitingSince <= input.occurredAt) return {};
  return { waitingSince: input.occurredAt, slaDueAt: slaDueAt(input.occurredAt, input.channel, sla) };
}

/**
 * What the lead's score is computed from: the customer's inbound signals of the
 * last 90 days (older ones weigh under 0.02 % after halving every 7 days) that
 * belong to this lead or to no lead — the browsing before a lead was opened says
 * how ready they are, another open lead's questions belong to that lead.
 */
async function recentSignals(tx: Prisma.TransactionClient, customerId: string, leadId: string | null, now: Date): Promise<ScoringSignal[]> {
  return tx.touchpoint.findMany({
    where: {
      customerId, direction: "INBOUND", occurredAt: { gte: new Date(now.getTime() - SCORING_WINDOW_MS) },
      OR: leadId ? [{ leadId: null }, { leadId }] : [{ leadId: null }],
    },
    orderBy: { occurredAt: "desc" },
    take: 500,
    select: { kind: true, direction: true, topic: true, occurredAt: true },
  });
}

/** The campaign's id, or undefined when neither an id nor a name matches. */
async function findCampaignId(tx: Prisma.TransactionClient, ref: string): Promise<string | undefined> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
  const campaign = await tx.campaign.findFirst({ where: isUuid ? { OR: [{ id: ref }, { name: ref }] } : { name: ref }, select: { id: true } });
  return campaign?.id;
}

/**
 * A new lead is about what the customer's last lead or order was about. With no
 * history and no category sent, CAR — the first business Reise served; sources
 * for other businesses should send `category`.
 */
async function categoryFor(tx: Prisma.TransactionClient, customerId: string): Promise<ProductCategory> {
  const lead = await tx.lead.findFirst({ where: { customerId }, orderBy: { createdAt: "desc" }, select: { category: true } });
  if (lead) return lead.category;
  const order = await tx.order.findFirst({ where: { customerId }, orderBy: { placedAt: "desc" }, select: { category: true } });
  return order?.category ?? "CAR";
}

const KIND_LABEL: Partial<Record<TouchpointIngest["kind"], string>> = {
  CALLBACK_REQUEST: "Callback request", APPOINTMENT_REQUEST: "Appointment request", PARTNER_REFERRAL: "Partner referral",
};

/** The lead's headline: what was sent as interest, else the first line of the message. */
function interestFor(input: TouchpointIngest): string {
  if (input.interest) return input.interest;
  const firstLine = input.text.split("\n", 1)[0].trim();
  if (firstLine) return firstLine.length > 120 ? `${firstLine.slice(0, 119).trimEnd()}…` : firstLine;
  return KIND_LABEL[input.kind] ?? input.kind.toLowerCase().replace(/_/g, " ");
}

const later = (a: Date | null, b: Date) => (a && a > b ? a : b);
