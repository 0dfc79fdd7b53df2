import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// For the customer page's e2e: a fixture customer who has also bought something,
// so the page has an order, an "during purchase" touchpoint, points and a consent.
export async function addPurchaseHistory(tx: Prisma.TransactionClient, customerId: string, leadId: string, at: Date) {
  const number = `E2E-${customerId.slice(0, 8).toUpperCase()}`;
  const order = await tx.order.create({
    data: {
      number,
      customerId,
      leadId,
      product: "Elektrisk SUV, 7 seter",
      category: "CAR",
      totalMinor: 599_900_00,
      currency: "NOK",
      milestone: "IN_PRODUCTION",
      fulfilment: "PICKUP",
      placedAt: at,
      internalNote: "Kunden vil ha levering før påske.",
      expectedDeliveryAt: new Date(at.getTime() + 60 * 86_400_000),
    },
    select: { id: true },
  });
  await tx.touchpoint.create({
    data: {
      customerId,
      leadId,
      orderId: order.id,
      occurredAt: at,
      channel: "STORE",
      direction: "INBOUND",
      phase: "DURING",
      owner: "CUSTOMER",
      kind: "ORDER_PLACED",
      stage: "PURCHASE",
      summary: `Ordre ${number} signert i butikk.`,
    },
  });
  await tx.loyaltyEntry.create({ data: { customerId, points: 500, reason: "Velkomstbonus", occurredAt: at } });
  await tx.consent.create({ data: { customerId, purpose: "MARKETING_EMAIL", granted: true, updatedAt: at } });
  await tx.consentEvent.create({
    data: { customerId, purpose: "MARKETING_EMAIL", granted: true, source: "in_store", occurredAt: at },
  });
  await tx.customer.update({ where: { id: customerId }, data: { loyaltyPoints: 500, journeyStage: "PURCHASE" } });
}
