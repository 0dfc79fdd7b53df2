import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { MessageChannel } from "@/generated/prisma/enums";
import { multiLine } from "@/lib/validation/plain-text";
import { afterInboundSignal } from "@/server/notifications/signal-hooks";
import { furthestStage, ownerFor, phaseFor, stageFor } from "@/server/touchpoints/classify";
import { inferTopic } from "@/server/touchpoints/infer-topic";
import { leadForInboundSignal } from "@/server/touchpoints/lead-signal";
import { findThread, type Thread } from "./inbound-thread";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// A customer's reply (e-mail or SMS), written in ONE transaction the way an ingest signal is
// (server/touchpoints/ingest.ts): the inbound message, its touchpoint on the customer's timeline,
// the lead it feeds or opens with its response clock, and the owner told. Who wrote is found by
// the thread (the reply token of our e-mail, the last SMS we sent to that number) before the
// sender's address, since a From header can be forged and a family shares one phone. The
// customer's words are personal data: they are kept in Message.body and the touchpoint's summary
// only, never in a log, an audit row or a lead's headline.

export type InboundMessageInput = {
  channel: MessageChannel;
  /** The provider's id for it (the e-mail's Message-Id, GatewayAPI's MO id): a second delivery files nothing. */
  providerId: string;
  /** Who wrote: an e-mail address (lower case) or a phone number in E.164 (+4791234567). */
  from: string;
  /** The sender's name when the mail says it; used only for a customer we did not know. */
  name?: string | null;
  /** E-mail: every address it was sent to (envelope, To, Cc): the reply token is looked for in these. */
  recipients?: readonly string[];
  subject?: string | null;
  /** What they wrote, without the quoted message they answer when the provider strips it. */
  text: string;
  /** When they sent it, by the provider's clock. */
  sentAt: Date;
};

export type InboundOutcome = {
  status: "created" | "duplicate";
  messageId: string;
  touchpointId: string;
  customerId: string;
  leadId: string | null;
  /** The outbound message it answers, when the thread was found. */
  inReplyToId: string | null;
  created: { customer: boolean; lead: boolean };
};

export const INBOUND_TEXT_MAX = 10_000;
const SUMMARY_MAX = 2_000;
const SUBJECT_MAX = 300;
/** A provider's clock may drift or a retry come late; the clock never starts in the future or weeks ago. */
const OLDEST_MS = 30 * 86_400_000;

export const inboundKey = (channel: MessageChannel, providerId: string) =>
  `inbound:${channel.toLowerCase()}:${providerId}`;

export async function recordInboundMessage(
  db: PrismaClient,
  input: InboundMessageInput,
  now: Date,
): Promise<InboundOutcome> {
  const key = inboundKey(input.channel, input.providerId);
  try {
    return await db.$transaction((tx) => write(tx, input, key, now), { maxWait: 10_000, timeout: 20_000 });
  } catch (error) {
    // The same reply delivered twice at once: the unique key let one commit and rolled the other back.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await findDuplicate(db, key);
      if (existing) return existing;
    }
    throw error;
  }
}

async function findDuplicate(db: PrismaClient | Prisma.TransactionClient, key: string): Promise<InboundOutcome | null> {
  const found = await db.message.findUnique({
    where: { key },
    select: { id: true, touchpointId: true, customerId: true, leadId: true, inReplyToId: true },
  });
  if (!found) return null;
  return {
    status: "duplicate",
    messageId: found.id,
    touchpointId: found.touchpointId ?? "",
    customerId: found.customerId,
    leadId: found.leadId,
    inReplyToId: found.inReplyToId,
    created: { customer: false, lead: false },
  };
}

async function write(
  tx: Prisma.TransactionClient,
  input: InboundMessageInput,
  key: string,
  now: Date,
): Promise<InboundOutcome> {
  const duplicate = await findDuplicate(tx, key);
  if (duplicate) return duplicate;

  const text = cut(multiLine(input.text), INBOUND_TEXT_MAX);
  const subject = input.subject ? cut(multiLine(input.subject).replace(/\s+/g, " "), SUBJECT_MAX) : null;
  const occurredAt = new Date(Math.min(now.getTime(), Math.max(input.sentAt.getTime(), now.getTime() - OLDEST_MS)));
  const thread: Thread = await findThread(tx, input, now);
  const { customer } = thread;
  const kind = input.channel;
  const phase = phaseFor(kind, customer.orders);
  const stage = stageFor(kind, phase);
  const topic = inferTopic(`${subject ?? ""}\n${text}`);
  const lead = await leadForInboundSignal(
    tx,
    customer,
    {
      kind,
      channel: input.channel,
      occurredAt,
      topic,
      // Not their words: a lead's headline is shown in lists and notifications.
      interest: thread.leadInterest ?? (input.channel === "EMAIL" ? "Reply by e-mail" : "Reply by SMS"),
      category: null,
      campaignId: null,
      answersLeadId: thread.answers?.leadId ?? null,
    },
    now,
    { via: "reply", channel: input.channel },
  );

  const touchpoint = await tx.touchpoint.create({
    data: {
      customerId: customer.id,
      leadId: lead.leadId,
      occurredAt,
      channel: input.channel,
      direction: "INBOUND",
      phase,
      owner: ownerFor(kind, input.channel),
      kind,
      stage,
      topic,
      summary: cut(subject ? `${subject}\n\n${text}` : text, SUMMARY_MAX),
    },
    select: { id: true },
  });
  await emitWebhookEvent(tx, { type: "touchpoint.created", data: { touchpointId: touchpoint.id }, occurredAt: now });
  const message = await tx.message.create({
    data: {
      customerId: customer.id,
      leadId: lead.leadId,
      touchpointId: touchpoint.id,
      channel: input.channel,
      direction: "INBOUND",
      purpose: thread.answers?.purpose ?? "ANSWER",
      address: input.from,
      subject,
      body: text,
      inReplyToId: thread.answers?.id ?? null,
      status: "RECEIVED",
      providerId: input.providerId,
      key,
      createdAt: occurredAt,
    },
    select: { id: true },
  });
  await tx.customer.update({
    where: { id: customer.id },
    data: {
      lastActivityAt: customer.lastActivityAt && customer.lastActivityAt > occurredAt ? undefined : occurredAt,
      journeyStage: furthestStage(customer.journeyStage, stage),
      ownerId: lead.ownerId,
      teamId: lead.teamId,
    },
    select: { id: true },
  });
  await afterInboundSignal(
    tx,
    { leadId: lead.leadId, created: lead.created, touchpointId: touchpoint.id, kind, channel: input.channel },
    now,
  );
  return {
    status: "created",
    messageId: message.id,
    touchpointId: touchpoint.id,
    customerId: customer.id,
    leadId: lead.leadId,
    inReplyToId: thread.answers?.id ?? null,
    created: { customer: thread.createdCustomer, lead: lead.created },
  };
}

/** At most `max` characters, never half of one. */
function cut(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : value;
}
