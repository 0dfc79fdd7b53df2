import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { WebhookErrorCode } from "@/lib/validation/webhook";
import { assertMayManageWebhooks } from "@/server/access/webhook";
import type { AppSession } from "@/server/auth/session";
import { queueDeliveries } from "./emit";

// Replay: a settled delivery is sent again as a new delivery in the log, with the same event id
// (the webhook-id header, so a receiver that keeps ids sees it is the same event) and the same
// body. An event about a customer who has since been erased is refused, not re-built: its body
// holds no personal data (payloads.ts), but sending it again would tell the receiver once more
// about a person it was told to forget. Their customer.erased event itself may be replayed: it is
// what makes the receiver forget.

export type ReplayResult = { ok: true; deliveryId: string } | { ok: false; code: WebhookErrorCode };

const SETTLED = ["DELIVERED", "FAILED", "SKIPPED"] as const;

export async function replayWebhookDelivery(
  db: PrismaClient,
  session: AppSession,
  input: { deliveryId: string },
  now: Date,
): Promise<ReplayResult> {
  assertMayManageWebhooks(session);
  return db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({
      where: { id: input.deliveryId },
      select: {
        id: true,
        state: true,
        endpointId: true,
        eventId: true,
        eventType: true,
        customerId: true,
        payload: true,
        endpoint: { select: { enabled: true } },
      },
    });
    if (!delivery) return { ok: false, code: "notFound" } as const;
    if (!(SETTLED as readonly string[]).includes(delivery.state)) return { ok: false, code: "notSettled" } as const;
    if (!delivery.endpoint.enabled) return { ok: false, code: "disabled" } as const;
    if (delivery.customerId && delivery.eventType !== "customer.erased") {
      const customer = await tx.customer.findUnique({ where: { id: delivery.customerId }, select: { erasedAt: true } });
      if (!customer || customer.erasedAt) return { ok: false, code: "erased" } as const;
    }
    const [deliveryId] = await queueDeliveries(tx, {
      endpointIds: [delivery.endpointId],
      eventId: delivery.eventId,
      eventType: delivery.eventType,
      customerId: delivery.customerId,
      payload: delivery.payload as object,
      now,
      replayOfId: delivery.id,
    });
    return { ok: true, deliveryId } as const;
  });
}
