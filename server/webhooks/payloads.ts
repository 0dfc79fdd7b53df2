import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { WebhookEventType } from "@/lib/webhooks/events";

// What an event tells a receiver: ids, codes and instants, never a name, an address, a phone
// number or free text (a lead's interest, a touchpoint's summary, a lost reason). A receiver that
// needs the person reads them through the REST API with its own key, where the access rules,
// consent and erasure apply at the moment it asks; a webhook body, once sent, is a copy in
// someone else's logs that Reise can never take back. The record is read inside the writing
// transaction, so the body shows the change as committed.

/** What a call site knows: the record's id and, for a change, what it changed from and to. */
export type WebhookEventFacts =
  | { leadId: string; from?: string | null; to?: string | null; via?: string }
  | { orderId: string; from: string; to: string }
  | { customerId: string; source?: "ingest" | "portal" | "staff" }
  | { touchpointId: string };

export type BuiltEvent = { data: Prisma.InputJsonObject; customerId: string | null };

const iso = (at: Date | null) => (at ? at.toISOString() : null);
const change = (facts: { from?: string | null; to?: string | null; via?: string }) => ({
  ...(facts.from !== undefined ? { from: facts.from } : {}),
  ...(facts.to !== undefined ? { to: facts.to } : {}),
  ...(facts.via ? { via: facts.via } : {}),
});

/** The event's `data`, or null when its record is gone (nothing to tell). */
export async function buildEventData(
  tx: Prisma.TransactionClient,
  type: WebhookEventType,
  facts: WebhookEventFacts,
): Promise<BuiltEvent | null> {
  if ("leadId" in facts) {
    const lead = await tx.lead.findUnique({
      where: { id: facts.leadId },
      select: {
        id: true,
        customerId: true,
        teamId: true,
        ownerId: true,
        campaignId: true,
        stage: true,
        category: true,
        sourceChannel: true,
        createdAt: true,
        closedAt: true,
      },
    });
    if (!lead) return null;
    const { sourceChannel, createdAt, closedAt, ...ids } = lead;
    return {
      customerId: lead.customerId,
      data: {
        lead: { ...ids, channel: sourceChannel, createdAt: iso(createdAt), closedAt: iso(closedAt) },
        ...(type === "lead.created" ? {} : change(facts)),
      },
    };
  }
  if ("orderId" in facts) {
    const order = await tx.order.findUnique({
      where: { id: facts.orderId },
      select: {
        id: true,
        number: true,
        customerId: true,
        leadId: true,
        category: true,
        fulfilment: true,
        milestone: true,
        expectedDeliveryAt: true,
        deliveredAt: true,
      },
    });
    if (!order) return null;
    return {
      customerId: order.customerId,
      data: {
        order: { ...order, expectedDeliveryAt: iso(order.expectedDeliveryAt), deliveredAt: iso(order.deliveredAt) },
        from: facts.from,
        to: facts.to,
      },
    };
  }
  if ("touchpointId" in facts) {
    const touchpoint = await tx.touchpoint.findUnique({
      where: { id: facts.touchpointId },
      select: {
        id: true,
        customerId: true,
        leadId: true,
        orderId: true,
        channel: true,
        kind: true,
        direction: true,
        occurredAt: true,
      },
    });
    if (!touchpoint) return null;
    return {
      customerId: touchpoint.customerId,
      data: { touchpoint: { ...touchpoint, occurredAt: iso(touchpoint.occurredAt) } },
    };
  }
  const customer = await tx.customer.findUnique({
    where: { id: facts.customerId },
    select: { id: true, teamId: true, locale: true, createdAt: true, erasedAt: true },
  });
  if (!customer) return null;
  return {
    customerId: customer.id,
    data:
      type === "customer.erased"
        ? { customer: { id: customer.id, erasedAt: iso(customer.erasedAt) } }
        : {
            customer: {
              id: customer.id,
              teamId: customer.teamId,
              locale: customer.locale,
              createdAt: iso(customer.createdAt),
            },
            ...(facts.source ? { source: facts.source } : {}),
          },
  };
}
