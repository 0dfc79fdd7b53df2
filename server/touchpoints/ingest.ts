import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { IngestIssue, TouchpointIngest } from "@/lib/validation/touchpoint-ingest";
import { isId } from "@/lib/validation/id";
import type { AuthenticatedKey } from "@/server/api-keys/keys";
import { furthestStage, ownerFor, phaseFor, stageFor } from "./classify";
import { findOrCreateCustomer } from "./customer";
import { inferTopic } from "./infer-topic";
import { afterSignalForAutomations } from "@/server/automations/triggers";
import { afterInboundSignal } from "@/server/notifications/signal-hooks";
import { leadForInboundSignal } from "./lead-signal";
import { emitWebhookEvent } from "@/server/webhooks/emit";

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

/**
 * The source's id, scoped to the key that sent it: two systems may both number
 * their messages from 1, and one of them must not swallow the other's signal.
 * (A source that switches to a new key starts a new scope.)
 */
export const scopedExternalId = (key: AuthenticatedKey, externalId: string) => `${key.id}:${externalId}`;

export async function ingestTouchpoint(
  db: PrismaClient,
  key: AuthenticatedKey,
  input: TouchpointIngest,
  now: Date,
): Promise<IngestResult> {
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

async function findDuplicate(
  db: PrismaClient | Prisma.TransactionClient,
  externalId: string,
): Promise<IngestResult | null> {
  const found = await db.touchpoint.findUnique({
    where: { externalId },
    select: { id: true, customerId: true, leadId: true },
  });
  if (!found) return null;
  return {
    status: "duplicate",
    touchpointId: found.id,
    customerId: found.customerId,
    leadId: found.leadId,
    created: { customer: false, lead: false },
  };
}

async function write(
  tx: Prisma.TransactionClient,
  key: AuthenticatedKey,
  input: TouchpointIngest,
  externalId: string | null,
  now: Date,
): Promise<IngestResult> {
  // Checked again inside the transaction: a key revoked a moment ago writes nothing.
  const active = await tx.apiKey.findFirst({ where: { id: key.id, revokedAt: null }, select: { id: true } });
  if (!active) return { status: "unauthorized" };
  if (externalId) {
    const duplicate = await findDuplicate(tx, externalId);
    if (duplicate) return duplicate;
  }
  return recordInboundSignal(tx, { via: "api", apiKeyId: key.id }, input, externalId, now);
}

/** Where a signal came from: its team, if any, gets the lead (server/routing/signal-team.ts). */
export type SignalOrigin =
  { via: "api"; apiKeyId: string } | { via: "web_form"; webFormId: string; teamId: string | null };

/**
 * The write of one signal, inside the caller's transaction, whatever brought it: the ingest API
 * above, or a web form (server/web-forms/submit.ts), which adds its own rows in the same transaction.
 */
export async function recordInboundSignal(
  tx: Prisma.TransactionClient,
  origin: SignalOrigin,
  input: TouchpointIngest,
  externalId: string | null,
  now: Date,
): Promise<IngestResult> {
  const campaignId = input.campaign ? await findCampaignId(tx, input.campaign) : null;
  if (campaignId === undefined)
    return { status: "invalid", issues: [{ path: "campaign", message: "no campaign with this id or name" }] };

  const { customer, created: customerCreated } = await findOrCreateCustomer(tx, input.customer, now);
  const phase = phaseFor(input.kind, customer.orders);
  const stage = stageFor(input.kind, phase);
  const topic = input.topic ?? inferTopic(input.text);
  const {
    leadId,
    created: leadCreated,
    ownerId,
    teamId,
    scoreChange,
  } = await leadForInboundSignal(
    tx,
    customer,
    {
      kind: input.kind,
      channel: input.channel,
      occurredAt: input.occurredAt,
      topic,
      interest: interestFor(input),
      category: input.category ?? null,
      campaignId,
      apiKeyId: origin.via === "api" ? origin.apiKeyId : null,
      formTeamId: origin.via === "web_form" ? origin.teamId : null,
    },
    now,
    origin.via === "api" ? { via: "api", apiKeyId: origin.apiKeyId } : { via: "web_form", webFormId: origin.webFormId },
  );

  const touchpoint = await tx.touchpoint.create({
    data: {
      customerId: customer.id,
      leadId,
      campaignId,
      occurredAt: input.occurredAt,
      channel: input.channel,
      direction: "INBOUND",
      phase,
      owner: ownerFor(input.kind, input.channel),
      kind: input.kind,
      stage,
      topic,
      summary: input.text,
      externalId,
    },
    select: { id: true },
  });
  await emitWebhookEvent(tx, { type: "touchpoint.created", data: { touchpointId: touchpoint.id }, occurredAt: now });
  await tx.customer.update({
    where: { id: customer.id },
    data: {
      lastActivityAt: later(customer.lastActivityAt, input.occurredAt),
      journeyStage: furthestStage(customer.journeyStage, stage),
      ownerId,
      teamId,
    },
    select: { id: true },
  });
  const signal = {
    leadId,
    created: leadCreated,
    touchpointId: touchpoint.id,
    kind: input.kind,
    channel: input.channel,
  };
  await afterInboundSignal(tx, signal, now);
  await afterSignalForAutomations(
    tx,
    { ...signal, customerId: customer.id, occurredAt: input.occurredAt, scoreChange },
    now,
  );
  return {
    status: "created",
    touchpointId: touchpoint.id,
    customerId: customer.id,
    leadId,
    created: { customer: customerCreated, lead: leadCreated },
  };
}

/** The campaign's id, or undefined when neither an id nor a name matches. */
async function findCampaignId(tx: Prisma.TransactionClient, ref: string): Promise<string | undefined> {
  const campaign = await tx.campaign.findFirst({
    where: isId(ref) ? { OR: [{ id: ref }, { name: ref }] } : { name: ref },
    select: { id: true },
  });
  return campaign?.id;
}

const KIND_LABEL: Partial<Record<TouchpointIngest["kind"], string>> = {
  CALLBACK_REQUEST: "Callback request",
  APPOINTMENT_REQUEST: "Appointment request",
  PARTNER_REFERRAL: "Partner referral",
};

/** The lead's headline: what was sent as interest, else the first line of the message. */
function interestFor(input: TouchpointIngest): string {
  if (input.interest) return input.interest;
  const firstLine = input.text.split("\n", 1)[0].trim();
  if (firstLine) return firstLine.length > 120 ? `${firstLine.slice(0, 119).trimEnd()}…` : firstLine;
  return KIND_LABEL[input.kind] ?? input.kind.toLowerCase().replace(/_/g, " ");
}

const later = (a: Date | null, b: Date) => (a && a > b ? a : b);
