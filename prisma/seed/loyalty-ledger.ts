import { addTouchpoint, type CustomerDraft, text } from "./customer-draft";
import { LOYALTY_RULES, pointsForOrder, tierForPoints } from "./loyalty-rules";
import { AFTER_TEXT, LOYALTY_TEXT } from "./phrases-orders";
import type { LoyaltyTier } from "./rows";
import { DAY } from "./time";

// The points ledger: a welcome bonus on joining, points when an order is
// delivered, a bonus per review, and gift cards redeemed as negative entries.
// The balance never goes below zero; the cached balance and tier are derived
// from the ledger, exactly as the app must keep them.

export function buildLoyaltyLedger(d: CustomerDraft, joinedAt: number | null): { points: number; tier: LoyaltyTier } {
  const { rng, ctx } = d;
  const earn: { at: number; points: number; reason: string; orderId: string | null; number?: string }[] = [];
  if (joinedAt !== null)
    earn.push({
      at: joinedAt,
      points: LOYALTY_RULES.welcomeBonus,
      reason: text(d, LOYALTY_TEXT.welcome),
      orderId: null,
    });
  for (const { order, at } of d.deliveries) {
    earn.push({
      at,
      points: pointsForOrder(order.totalMinor, order.currency),
      orderId: order.id,
      number: order.number,
      reason: text(d, LOYALTY_TEXT.order, { number: order.number }),
    });
  }
  for (const at of d.reviews)
    earn.push({ at, points: LOYALTY_RULES.reviewBonus, reason: text(d, LOYALTY_TEXT.review), orderId: null });
  earn.sort((a, b) => a.at - b.at);

  let balance = 0;
  let earnedInWindow = 0;
  const windowStart = ctx.now - LOYALTY_RULES.tierWindowDays * DAY;
  for (const e of earn) {
    const at = Math.round(e.at);
    d.loyalty.push({
      id: rng.uuid(),
      customerId: d.id,
      orderId: e.orderId,
      points: e.points,
      reason: e.reason,
      occurredAt: at,
    });
    balance += e.points;
    if (at >= windowStart) earnedInWindow += e.points;
    if (e.number && rng.chance(0.25)) {
      addTouchpoint(d, {
        at: at + rng.between(0.1, 1) * DAY,
        channel: rng.chance(0.5) ? "MOBILE" : "EMAIL",
        direction: "OUTBOUND",
        phase: "AFTER",
        owner: "BRAND",
        kind: "LOYALTY_REWARD",
        stage: "LOYALTY",
        orderId: e.orderId,
        summary: text(d, AFTER_TEXT.earned, { points: e.points, number: e.number }),
      });
    }
    // Some members cash in a gift card a few weeks after earning enough.
    const reward = [...LOYALTY_RULES.rewards].reverse().find((r) => r.points <= balance);
    const redeemAt = at + rng.between(10, 120) * DAY;
    if (reward && e.orderId && rng.chance(0.35) && redeemAt < ctx.now) {
      d.loyalty.push({
        id: rng.uuid(),
        customerId: d.id,
        orderId: null,
        points: -reward.points,
        reason: text(d, LOYALTY_TEXT.redeemed, { value: reward.value }),
        occurredAt: Math.round(redeemAt),
      });
      balance -= reward.points;
      addTouchpoint(d, {
        at: redeemAt,
        channel: "MOBILE",
        direction: "INBOUND",
        phase: "AFTER",
        owner: "CUSTOMER",
        kind: "LOYALTY_REWARD",
        stage: "LOYALTY",
        summary: text(d, AFTER_TEXT.redeemed, { points: reward.points }),
      });
    }
  }
  return { points: balance, tier: tierForPoints(earnedInWindow) };
}
