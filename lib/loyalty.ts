import { LoyaltyTier } from "@/generated/prisma/enums";
// The loyalty programme's rules: the one place the app, the demo data and the
// staff-facing explanation read them from.

export type LoyaltyCurrency = "NOK" | "DKK" | "EUR";
export type LoyaltyTierName = "BASIC" | "SILVER" | "GOLD" | "PLATINUM";

export const LOYALTY_TIERS: readonly LoyaltyTierName[] = Object.values(LoyaltyTier);

export const LOYALTY_RULES = {
  /** Lowest points earned over the rolling window for each tier; BASIC is everyone else. */
  tierThresholds: { SILVER: 5_000, GOLD: 20_000, PLATINUM: 50_000 },
  /** Tiers count points earned (redemptions do not demote) over this many days. */
  tierWindowDays: 365,
  /** Points per whole currency unit: 1 point per 15 NOK, per 10 DKK, per 1.33 EUR. */
  pointsPerMajorUnit: { NOK: 1 / 15, DKK: 1 / 10, EUR: 0.75 } satisfies Record<LoyaltyCurrency, number>,
  welcomeBonus: 500,
  reviewBonus: 250,
  /** Gift cards a customer can redeem points for: points → face value in major units. */
  rewards: [
    { points: 5_000, value: 500 },
    { points: 10_000, value: 1_000 },
  ],
} as const;

/** The tier that points earned inside the rolling window give. */
export function tierForPoints(earnedInWindow: number): LoyaltyTierName {
  const t = LOYALTY_RULES.tierThresholds;
  if (earnedInWindow >= t.PLATINUM) return "PLATINUM";
  if (earnedInWindow >= t.GOLD) return "GOLD";
  if (earnedInWindow >= t.SILVER) return "SILVER";
  return "BASIC";
}

/** Points an order earns when it is delivered: whole currency units times the rate, rounded. */
export function pointsForOrder(totalMinor: number, currency: LoyaltyCurrency): number {
  return Math.round((Math.max(0, totalMinor) / 100) * LOYALTY_RULES.pointsPerMajorUnit[currency]);
}

/** The next tier up and how many more points in the window reach it; null at the top. */
export function progressToNextTier(
  earnedInWindow: number,
): { tier: LoyaltyTierName; threshold: number; missing: number; ratio: number } | null {
  const current = tierForPoints(earnedInWindow);
  const next = LOYALTY_TIERS[LOYALTY_TIERS.indexOf(current) + 1];
  if (!next || next === "BASIC") return null;
  const threshold = LOYALTY_RULES.tierThresholds[next];
  const floor = current === "BASIC" ? 0 : LOYALTY_RULES.tierThresholds[current];
  return {
    tier: next,
    threshold,
    missing: threshold - earnedInWindow,
    ratio: Math.min(1, Math.max(0, (earnedInWindow - floor) / (threshold - floor))),
  };
}

/** Rewards the balance can pay for, smallest first. */
export function availableRewards(balance: number): { points: number; value: number }[] {
  return LOYALTY_RULES.rewards.filter((r) => r.points <= balance);
}

/** Start of the rolling tier window that ends at `now`. */
export function tierWindowStart(now: Date): Date {
  return new Date(now.getTime() - LOYALTY_RULES.tierWindowDays * 86_400_000);
}
