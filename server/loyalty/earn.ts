import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { LOYALTY_TIERS, pointsForOrder, tierForPoints, tierWindowStart, type LoyaltyCurrency } from "@/lib/loyalty";

// A delivered order earns its points (lib/loyalty.ts), as the order page promised the customer.
// Written with the transaction of the delivery itself, so the ledger, the cached balance and the
// tier move together with the milestone or not at all.

const REASON = {
  nb: "Poeng for ordre {number}",
  da: "Point for ordre {number}",
  en: "Points for order {number}",
} as const;

type DeliveredOrder = { id: string; number: string; customerId: string; totalMinor: number; currency: LoyaltyCurrency };

export async function creditDeliveredOrder(
  tx: Prisma.TransactionClient,
  order: DeliveredOrder,
  locale: keyof typeof REASON,
  now: Date,
): Promise<number> {
  const points = pointsForOrder(order.totalMinor, order.currency);
  // One credit per order, even if an order were ever delivered twice.
  if (
    points <= 0 ||
    (await tx.loyaltyEntry.findFirst({ where: { orderId: order.id, points: { gt: 0 } }, select: { id: true } }))
  )
    return 0;
  await tx.loyaltyEntry.create({
    data: {
      customerId: order.customerId,
      orderId: order.id,
      points,
      reason: REASON[locale].replace("{number}", order.number),
      occurredAt: now,
    },
    select: { id: true },
  });
  const earned = await tx.loyaltyEntry.aggregate({
    where: { customerId: order.customerId, points: { gt: 0 }, occurredAt: { gte: tierWindowStart(now) } },
    _sum: { points: true },
  });
  const tier = tierForPoints(earned._sum.points ?? 0);
  // Redemptions never demote: the tier only moves up here.
  const current = await tx.customer.findUniqueOrThrow({
    where: { id: order.customerId },
    select: { loyaltyTier: true },
  });
  const higher = LOYALTY_TIERS.indexOf(tier) > LOYALTY_TIERS.indexOf(current.loyaltyTier);
  await tx.customer.update({
    where: { id: order.customerId },
    data: { loyaltyPoints: { increment: points }, ...(higher ? { loyaltyTier: tier } : {}) },
    select: { id: true },
  });
  return points;
}
