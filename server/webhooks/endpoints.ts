import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { WEBHOOK_ENDPOINTS_MAX, WEBHOOK_TEST_EVENT } from "@/lib/webhooks/events";
import type { WebhookEndpointInput, WebhookErrorCode } from "@/lib/validation/webhook";
import { assertMayManageWebhooks } from "@/server/access/webhook";
import { recordAudit } from "@/server/audit";
import type { AppSession } from "@/server/auth/session";
import { queueDeliveries } from "./emit";
import { newWebhookSecret, ROTATION_OVERLAP_MS } from "./signing";
import { loopbackAllowed, webhookUrlProblem, type UrlProblem } from "./url-rule";

// Endpoints as managers add and change them (Settings → Webhooks). Every change is audited with
// the URL's host and the events, never the secret.

export type WebhookChangeResult =
  { ok: true; id: string } | { ok: false; code: WebhookErrorCode; field?: "url" | "events" | "description" };

const URL_CODES: Record<UrlProblem, WebhookErrorCode> = {
  invalid: "urlInvalid",
  scheme: "urlScheme",
  credentials: "urlCredentials",
  private: "urlPrivate",
};

export async function createWebhookEndpoint(
  db: PrismaClient,
  session: AppSession,
  input: WebhookEndpointInput,
  now: Date,
): Promise<WebhookChangeResult> {
  assertMayManageWebhooks(session);
  const problem = webhookUrlProblem(input.url, loopbackAllowed());
  if (problem) return { ok: false, code: URL_CODES[problem], field: "url" };
  return db.$transaction(async (tx) => {
    // Serialised, so two managers adding at once cannot pass the cap together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('webhook-endpoints', 0))`;
    if ((await tx.webhookEndpoint.count()) >= WEBHOOK_ENDPOINTS_MAX) return { ok: false, code: "tooMany" } as const;
    const endpoint = await tx.webhookEndpoint.create({
      data: {
        url: input.url,
        description: input.description,
        events: input.events,
        secret: newWebhookSecret(),
        createdById: session.userId,
        createdAt: now,
      },
      select: { id: true },
    });
    await audit(tx, session, "webhook.created", endpoint.id, { host: new URL(input.url).host, events: input.events });
    return { ok: true, id: endpoint.id } as const;
  });
}

export async function setWebhookEnabled(
  db: PrismaClient,
  session: AppSession,
  input: { id: string; enabled: boolean },
  now: Date,
): Promise<WebhookChangeResult> {
  assertMayManageWebhooks(session);
  return db.$transaction(async (tx) => {
    const changed = await tx.webhookEndpoint.updateMany({
      where: { id: input.id, enabled: !input.enabled },
      // Switched on again: the failures before no longer count.
      data: input.enabled
        ? { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 }
        : { enabled: false, disabledAt: now, disabledReason: "manager" },
    });
    if (changed.count === 0) {
      const exists = await tx.webhookEndpoint.findUnique({ where: { id: input.id }, select: { id: true } });
      return exists ? ({ ok: true, id: input.id } as const) : ({ ok: false, code: "notFound" } as const);
    }
    await audit(tx, session, input.enabled ? "webhook.enabled" : "webhook.disabled", input.id, { via: "manager" });
    return { ok: true, id: input.id } as const;
  });
}

/** The endpoint and its delivery log go; deliveries still queued find nothing and stop. */
export async function deleteWebhookEndpoint(
  db: PrismaClient,
  session: AppSession,
  input: { id: string },
): Promise<WebhookChangeResult> {
  assertMayManageWebhooks(session);
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: input.id }, select: { url: true } });
    if (!endpoint) return { ok: false, code: "notFound" } as const;
    await tx.webhookEndpoint.delete({ where: { id: input.id }, select: { id: true } });
    await audit(tx, session, "webhook.deleted", input.id, { host: new URL(endpoint.url).host });
    return { ok: true, id: input.id } as const;
  });
}

/** A new secret; the old one keeps signing alongside it for a day (signing.ts). */
export async function rotateWebhookSecret(
  db: PrismaClient,
  session: AppSession,
  input: { id: string },
  now: Date,
): Promise<WebhookChangeResult> {
  assertMayManageWebhooks(session);
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: input.id }, select: { secret: true } });
    if (!endpoint) return { ok: false, code: "notFound" } as const;
    await tx.webhookEndpoint.update({
      where: { id: input.id },
      data: {
        secret: newWebhookSecret(),
        previousSecret: endpoint.secret,
        previousSecretUntil: new Date(now.getTime() + ROTATION_OVERLAP_MS),
      },
      select: { id: true },
    });
    await audit(tx, session, "webhook.secret_rotated", input.id, {});
    return { ok: true, id: input.id } as const;
  });
}

/** "Send test event": a webhook.test event to this endpoint alone, through the same job and log. */
export async function sendWebhookTestEvent(
  db: PrismaClient,
  session: AppSession,
  input: { id: string },
  now: Date,
): Promise<WebhookChangeResult> {
  assertMayManageWebhooks(session);
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!endpoint) return { ok: false, code: "notFound" } as const;
    const [deliveryId] = await queueDeliveries(tx, {
      endpointIds: [endpoint.id],
      eventId: crypto.randomUUID(),
      eventType: WEBHOOK_TEST_EVENT,
      customerId: null,
      payload: { type: WEBHOOK_TEST_EVENT, timestamp: now.toISOString(), data: { endpointId: endpoint.id } },
      now,
    });
    return { ok: true, id: deliveryId } as const;
  });
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function audit(
  tx: Tx,
  session: AppSession,
  action: "webhook.created" | "webhook.enabled" | "webhook.disabled" | "webhook.deleted" | "webhook.secret_rotated",
  id: string,
  data: Record<string, string | string[]>,
) {
  return recordAudit(tx, { actorId: session.userId, action, entityType: "WebhookEndpoint", entityId: id, data });
}
