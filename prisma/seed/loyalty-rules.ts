import type { Currency, LoyaltyTier } from "./rows";

// The loyalty programme's rules as the demo data uses them. A lib/loyalty
// module will own these constants later; until then this is the one place.
export const LOYALTY_RULES = {
  /** Lowest points earned over the rolling window for each tier; BASIC is everyone else. */
  tierThresholds: { SILVER: 5_000, GOLD: 20_000, PLATINUM: 50_000 },
  /** Tiers count points earned (redemptions do not demote) over this many days. */
  tierWindowDays: 365,
  /** Points per whole currency unit: 1 point per 15 NOK, per 10 DKK, per 1.33 EUR. */
  pointsPerMajorUnit: { NOK: 1 / 15, DKK: 1 / 10, EUR: 0.75 } satisfies Record<Currency, number>,
  welcomeBonus: 500,
  reviewBonus: 250,
  /** Gift cards a customer can redeem points for: points → face value in major units. */
  rewards: [
    { points: 5_000, value: 500 },
    { points: 10_000, value: 1_000 },
  ],
} as const;

export function tierForPoints(earnedInWindow: number): LoyaltyTier {
  const t = LOYALTY_RULES.tierThresholds;
  if (earnedInWindow >= t.PLATINUM) return "PLATINUM";
  if (earnedInWindow >= t.GOLD) return "GOLD";
  if (earnedInWindow >= t.SILVER) return "SILVER";
  return "BASIC";
}

export function pointsForOrder(totalMinor: number, currency: Currency): number {
  return Math.round((totalMinor / 100) * LOYALTY_RULES.pointsPerMajorUnit[currency]);
}
