import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { WEBHOOK_ENDPOINTS_MAX, type WebhookEventType } from "@/lib/webhooks/events";
import { enqueue } from "@/server/jobs/enqueue";
import { webhookDeliverJob } from "./deliver-job";
import { buildEventData, type WebhookEventFacts } from "./payloads";

// An event for outbound webhooks, written INSIDE the transaction of the change it tells of: one
// delivery row per switched-on endpoint subscribed to its type, and one webhook.deliver job per
// row, so an event exists exactly when its change committed and a rolled-back change sends
// nothing. With no endpoint subscribed this is one indexed read. Endpoints are capped at
// WEBHOOK_ENDPOINTS_MAX per install, which bounds what one write can add.

export type WebhookEvent = {
  type: WebhookEventType;
  /** The record's id (and what changed); the body is read from the record (payloads.ts). */
  data: WebhookEventFacts;
  /** When the change happened: the writer's clock (the body's `timestamp`). */
  occurredAt: Date;
};

/** Returns how many deliveries it queued. */
export async function emitWebhookEvent(tx: Prisma.TransactionClient, event: WebhookEvent): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { enabled: true, events: { has: event.type } },
    select: { id: true },
    take: WEBHOOK_ENDPOINTS_MAX,
  });
  if (endpoints.length === 0) return 0;
  const built = await buildEventData(tx, event.type, event.data);
  if (!built) return 0;
  const eventId = crypto.randomUUID();
  const payload = { type: event.type, timestamp: event.occurredAt.toISOString(), data: built.data };
  await queueDeliveries(tx, {
    endpointIds: endpoints.map((e) => e.id),
    eventId,
    eventType: event.type,
    customerId: built.customerId,
    payload,
    now: event.occurredAt,
  });
  return endpoints.length;
}

/** A stage move tells lead.stage_changed, and lead.won or lead.lost when it closes the lead. */
export async function emitLeadStageEvents(
  tx: Prisma.TransactionClient,
  input: { leadId: string; from: string; to: string; via?: string; occurredAt: Date },
): Promise<void> {
  const data = { leadId: input.leadId, from: input.from, to: input.to, via: input.via };
  await emitWebhookEvent(tx, { type: "lead.stage_changed", data, occurredAt: input.occurredAt });
  if (input.to === "WON") await emitWebhookEvent(tx, { type: "lead.won", data, occurredAt: input.occurredAt });
  if (input.to === "LOST") await emitWebhookEvent(tx, { type: "lead.lost", data, occurredAt: input.occurredAt });
}

/** Delivery rows and their jobs (an event, a test event, a replay). */
export async function queueDeliveries(
  tx: Prisma.TransactionClient,
  input: {
    endpointIds: string[];
    eventId: string;
    eventType: string;
    customerId: string | null;
    payload: Prisma.InputJsonObject;
    now: Date;
    replayOfId?: string;
  },
): Promise<string[]> {
  const ids = input.endpointIds.map(() => crypto.randomUUID());
  await tx.webhookDelivery.createMany({
    data: ids.map((id, i) => ({
      id,
      endpointId: input.endpointIds[i],
      eventId: input.eventId,
      eventType: input.eventType,
      customerId: input.customerId,
      payload: input.payload,
      replayOfId: input.replayOfId ?? null,
      createdAt: input.now,
      nextAttemptAt: input.now,
    })),
  });
  for (const id of ids)
    await enqueue(tx, webhookDeliverJob, { payload: { deliveryId: id }, key: id, runAt: input.now });
  return ids;
}
