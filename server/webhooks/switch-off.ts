import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/server/audit";
import { notify } from "@/server/notifications/notify";

// An endpoint that keeps failing is switched off, and every manager is told: events for a dead
// receiver would otherwise pile up, each tried for hours. "Keeps failing" is SWITCH_OFF_AFTER
// deliveries in a row that used up all their tries (with the backoff that is at least about nine
// hours of failures); one delivered event sets the count back to 0. A manager switches it on again
// on Settings → Webhooks, which also starts the count afresh.

export const SWITCH_OFF_AFTER = 5;

/** One delivery failed for good: count it, and switch the endpoint off at the limit. Returns whether it did. */
export async function countFailedDelivery(
  tx: Prisma.TransactionClient,
  endpointId: string,
  now: Date,
): Promise<boolean> {
  const endpoint = await tx.webhookEndpoint.update({
    where: { id: endpointId },
    data: { consecutiveFailures: { increment: 1 } },
    select: { consecutiveFailures: true, enabled: true, url: true },
  });
  if (!endpoint.enabled || endpoint.consecutiveFailures < SWITCH_OFF_AFTER) return false;
  const off = await tx.webhookEndpoint.updateMany({
    where: { id: endpointId, enabled: true },
    data: { enabled: false, disabledAt: now, disabledReason: "failing" },
  });
  if (off.count === 0) return false;
  await recordAudit(tx, {
    actorId: null,
    action: "webhook.disabled",
    entityType: "WebhookEndpoint",
    entityId: endpointId,
    data: { via: "failing", consecutiveFailures: endpoint.consecutiveFailures },
  });
  const managers = await tx.user.findMany({ where: { role: "MANAGER", active: true }, select: { id: true } });
  await notify(tx, {
    userIds: managers.map((m) => m.id),
    kind: "WEBHOOK_DISABLED",
    leadId: null,
    key: `webhook-disabled:${endpointId}:${now.toISOString()}`,
    data: { endpointId, host: new URL(endpoint.url).host },
    now,
  });
  return true;
}
