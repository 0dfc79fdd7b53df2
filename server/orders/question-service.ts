import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { AskQuestionInput } from "@/lib/validation/orders";
import type { AppSession } from "@/server/auth/session";
import { furthestStage } from "@/server/touchpoints/classify";
import { inferTopic } from "@/server/touchpoints/infer-topic";
import { afterSignalForAutomations } from "@/server/automations/triggers";
import { afterInboundSignal } from "@/server/notifications/signal-hooks";
import { leadForInboundSignal } from "@/server/touchpoints/lead-signal";
import { orderWhere } from "@/server/access/order";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// "Ask about my order": the customer's question is an inbound touchpoint on
// their timeline, linked to the order, and a buying signal like any other — it
// feeds or opens a lead with a running response clock and an owner
// (server/touchpoints/lead-signal.ts), so it shows up in the lead list.

/** Touchpoint.externalId prefix of questions asked on the order page; the rest is customer and form key. */
export const QUESTION_SOURCE = "portal:";

export type AskResult =
  | { ok: true; touchpointId: string; leadId: string | null; replayed: boolean }
  | { ok: false; reason: "not_found" | "key_reused" };

const CHANNEL = "WEB" as const;

export async function askAboutOrder(
  db: PrismaClient,
  session: AppSession,
  input: AskQuestionInput,
  now: Date,
): Promise<AskResult> {
  if (session.role !== "CUSTOMER" || !session.customerId) return { ok: false, reason: "not_found" };
  const externalId = `${QUESTION_SOURCE}${session.customerId}:${input.idempotencyKey}`;
  try {
    return await db.$transaction((tx) => write(tx, session, input, externalId, now), {
      maxWait: 10_000,
      timeout: 20_000,
    });
  } catch (error) {
    // Both twins of a double submit passed the replay check; the unique index kept one.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const earlier = await replayOf(db, input, externalId);
      if (earlier) return earlier;
    }
    throw error;
  }
}

async function write(
  tx: Prisma.TransactionClient,
  session: AppSession,
  input: AskQuestionInput,
  externalId: string,
  now: Date,
): Promise<AskResult> {
  const earlier = await replayOf(tx, input, externalId);
  if (earlier) return earlier;
  const order = await tx.order.findFirst({
    where: { AND: [{ id: input.orderId }, orderWhere(session)] },
    select: {
      id: true,
      number: true,
      category: true,
      milestone: true,
      customer: { select: { id: true, ownerId: true, teamId: true, lastActivityAt: true, journeyStage: true } },
    },
  });
  if (!order) return { ok: false, reason: "not_found" };
  const { customer } = order;
  const delivered = order.milestone === "DELIVERED";
  const stage = delivered ? "USE" : "DELIVERY";
  const topic = inferTopic(input.message) ?? "order_status";
  const lead = await leadForInboundSignal(
    tx,
    customer,
    {
      kind: "ORDER_QUESTION",
      channel: CHANNEL,
      occurredAt: now,
      topic,
      category: order.category,
      campaignId: null,
      interest: headline(order.number, input.message),
    },
    now,
    { via: "portal", orderId: order.id },
  );
  const touchpoint = await tx.touchpoint.create({
    data: {
      customerId: customer.id,
      leadId: lead.leadId,
      orderId: order.id,
      occurredAt: now,
      channel: CHANNEL,
      direction: "INBOUND",
      phase: delivered ? "AFTER" : "DURING",
      owner: "CUSTOMER",
      kind: "ORDER_QUESTION",
      stage,
      topic,
      summary: input.message,
      externalId,
    },
    select: { id: true },
  });
  await emitWebhookEvent(tx, { type: "touchpoint.created", data: { touchpointId: touchpoint.id }, occurredAt: now });
  await tx.customer.update({
    where: { id: customer.id },
    data: {
      lastActivityAt: now,
      journeyStage: furthestStage(customer.journeyStage, stage),
      ownerId: lead.ownerId,
      teamId: lead.teamId,
    },
    select: { id: true },
  });
  const signal = { ...lead, touchpointId: touchpoint.id, kind: "ORDER_QUESTION" as const, channel: CHANNEL };
  await afterInboundSignal(tx, signal, now);
  await afterSignalForAutomations(
    tx,
    { ...signal, customerId: customer.id, occurredAt: now, scoreChange: lead.scoreChange },
    now,
  );
  return { ok: true, touchpointId: touchpoint.id, leadId: lead.leadId, replayed: false };
}

async function replayOf(
  db: PrismaClient | Prisma.TransactionClient,
  input: AskQuestionInput,
  externalId: string,
): Promise<AskResult | null> {
  const existing = await db.touchpoint.findUnique({
    where: { externalId },
    select: { id: true, leadId: true, orderId: true },
  });
  if (!existing) return null;
  if (existing.orderId !== input.orderId) return { ok: false, reason: "key_reused" };
  return { ok: true, touchpointId: existing.id, leadId: existing.leadId, replayed: true };
}

function headline(number: string, message: string): string {
  const first = message.split("\n", 1)[0].trim();
  const short = first.length > 100 ? `${first.slice(0, 99).trimEnd()}…` : first;
  return `${number}: ${short}`;
}
