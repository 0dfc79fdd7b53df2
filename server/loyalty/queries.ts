import "server-only";
import { availableRewards, progressToNextTier, tierWindowStart, type LoyaltyTierName } from "@/lib/loyalty";
import { encodeCursor, type JourneyCursor } from "@/lib/validation/journey-filters";
import type { CustomerAccess } from "@/server/access/customer-access";
import { getDb } from "@/server/db";

// The loyalty card: the balance and tier cached on the customer (kept in the
// same transaction as every ledger write, read by the caller with the rest of
// the customer), the points earned in the tier
// window (one indexed range on the ledger), and one page of the ledger.

export const POINTS_PAGE_SIZE = 8;

export type PointsEntry = { id: string; points: number; reason: string; occurredAt: Date; orderId: string | null };

export type LoyaltyCard = {
  tier: LoyaltyTierName;
  balance: number;
  earnedInWindow: number;
  next: ReturnType<typeof progressToNextTier>;
  rewards: ReturnType<typeof availableRewards>;
  history: { rows: PointsEntry[]; nextCursor: string | null };
};

/** The customer's cached tier and balance, as the page's header read already has them. */
export type LoyaltyBalance = { loyaltyTier: LoyaltyTierName; loyaltyPoints: number };

export async function getLoyaltyCard(
  access: CustomerAccess,
  balance: LoyaltyBalance,
  before?: JourneyCursor,
  now = new Date(),
): Promise<LoyaltyCard> {
  const db = await getDb();
  const customerId = access.customerId;
  const page = before
    ? { OR: [{ occurredAt: { lt: before.occurredAt } }, { occurredAt: before.occurredAt, id: { lt: before.id } }] }
    : {};
  const [earned, rows] = await Promise.all([
    db.loyaltyEntry.aggregate({
      where: { customerId, points: { gt: 0 }, occurredAt: { gte: tierWindowStart(now) } },
      _sum: { points: true },
    }),
    db.loyaltyEntry.findMany({
      where: { AND: [{ customerId }, page] },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: POINTS_PAGE_SIZE + 1,
      select: { id: true, points: true, reason: true, occurredAt: true, orderId: true },
    }),
  ]);
  const earnedInWindow = earned._sum.points ?? 0;
  const more = rows.length > POINTS_PAGE_SIZE;
  const shown = more ? rows.slice(0, POINTS_PAGE_SIZE) : rows;
  const last = shown[shown.length - 1];
  return {
    tier: balance.loyaltyTier,
    balance: balance.loyaltyPoints,
    earnedInWindow,
    next: progressToNextTier(earnedInWindow),
    rewards: availableRewards(balance.loyaltyPoints),
    history: { rows: shown, nextCursor: more && last ? encodeCursor(last) : null },
  };
}
