import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { WEBHOOK_TEST_EVENT } from "@/lib/webhooks/events";
import { defineJob } from "@/server/jobs/define";
import { postWebhook, type SendOutcome } from "./send";
import { signedHeaders } from "./signing";
import { countFailedDelivery } from "./switch-off";
import { loopbackAllowed } from "./url-rule";

// Delivers one webhook delivery. At most once per claim, as messages are (server/messaging/
// deliver-job.ts): the row goes QUEUED → SENDING by a conditional update before anything is sent,
// and a try that finds it SENDING (its worker died mid-send, after a restart) marks it FAILED
// instead of sending again, since the receiver may have it; a manager can replay it from the log.
// Anything but a 2xx is tried again by the job runner with the backoff below; the last failure
// counts against the endpoint (switch-off.ts). The body is the one stored at emit time, byte for
// byte, so every try and a replay carry the same webhook-id and content.

const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];
/** The first try and one retry per backoff step. */
export const WEBHOOK_MAX_ATTEMPTS = BACKOFF_MS.length + 1;
export const webhookBackoffMs = (attempt: number) => BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length) - 1];

export const webhookDeliverJob = defineJob({
  kind: "webhook.deliver",
  payload: z.object({ deliveryId: z.guid() }),
  // One run more than there are tries: a worker that dies during the last try leaves the row
  // SENDING, and only a run of the handler (which marks it interrupted) can settle it. The last
  // try itself never throws, so that run happens only after such a death.
  maxAttempts: WEBHOOK_MAX_ATTEMPTS + 1,
  backoffMs: webhookBackoffMs,
  run: ({ deliveryId }, { prisma, now, attempt }) => deliverWebhook(prisma, deliveryId, now, attempt),
});

export async function deliverWebhook(db: PrismaClient, deliveryId: string, now: Date, attempt = 1): Promise<void> {
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      state: true,
      eventId: true,
      eventType: true,
      customerId: true,
      payload: true,
      endpoint: {
        select: { id: true, url: true, enabled: true, secret: true, previousSecret: true, previousSecretUntil: true },
      },
    },
  });
  if (!delivery) return; // its endpoint was deleted, and the log with it
  if (delivery.state === "SENDING") return settle(db, deliveryId, "FAILED", { lastError: "interrupted while sending" });
  if (delivery.state !== "QUEUED") return;
  const { endpoint } = delivery;
  // A test event checks a receiver before it is switched on again; nothing else goes to one switched off.
  if (!endpoint.enabled && delivery.eventType !== WEBHOOK_TEST_EVENT)
    return settle(db, deliveryId, "SKIPPED", { lastError: "endpoint switched off" });
  if (delivery.customerId && delivery.eventType !== "customer.erased" && (await erased(db, delivery.customerId)))
    return settle(db, deliveryId, "SKIPPED", { lastError: "customer erased" });

  const claimed = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, state: "QUEUED" },
    data: { state: "SENDING", attempts: { increment: 1 }, nextAttemptAt: null },
  });
  if (claimed.count === 0) return;
  const body = JSON.stringify(delivery.payload);
  const outcome = await postWebhook({
    url: endpoint.url,
    body,
    // Wall clock, not the job's: the receiver compares webhook-timestamp with its own clock.
    headers: signedHeaders(endpoint, { messageId: delivery.eventId, sentAt: new Date(), body }),
    allowLoopback: loopbackAllowed(),
  });
  if (outcome.ok) {
    await db.$transaction([
      db.webhookDelivery.update({
        where: { id: deliveryId },
        data: {
          state: "DELIVERED",
          lastStatus: outcome.status,
          lastError: null,
          responseMs: outcome.ms,
          deliveredAt: now,
        },
        select: { id: true },
      }),
      db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 0 }, select: { id: true } }),
    ]);
    return;
  }
  const last = outcome.permanent || attempt >= WEBHOOK_MAX_ATTEMPTS;
  await db.$transaction(async (tx) => {
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        ...result(outcome),
        state: last ? "FAILED" : "QUEUED",
        nextAttemptAt: last ? null : new Date(now.getTime() + webhookBackoffMs(attempt)),
      },
      select: { id: true },
    });
    // A test event says whether the receiver works; it does not count towards switching it off.
    if (last && delivery.eventType !== WEBHOOK_TEST_EVENT) await countFailedDelivery(tx, endpoint.id, now);
  });
  // Thrown so the runner tries again after its backoff; the last try ends here as a failed job too.
  if (!last) throw new Error(`webhook delivery failed: ${outcome.error}`);
}

function result(outcome: Extract<SendOutcome, { ok: false }>) {
  return { lastStatus: outcome.status, lastError: outcome.error.slice(0, 200), responseMs: outcome.ms };
}

async function erased(db: PrismaClient, customerId: string): Promise<boolean> {
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { erasedAt: true } });
  return !customer || customer.erasedAt !== null;
}

async function settle(db: PrismaClient, id: string, state: "FAILED" | "SKIPPED", data: { lastError: string }) {
  await db.webhookDelivery.update({
    where: { id },
    data: { state, ...data, nextAttemptAt: null },
    select: { id: true },
  });
}
