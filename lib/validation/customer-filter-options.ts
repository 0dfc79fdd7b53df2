import { JourneyStage, LoyaltyTier } from "@/generated/prisma/enums";

// What the customer list's URL may say: the filters' options and the page size. Zod-free, for
// the list's client components and for the schema in customer-filters.ts.

export const LOYALTY_TIERS = Object.values(LoyaltyTier);
export const JOURNEY_STAGES = Object.values(JourneyStage);
/** "activity" is the default: customers we heard from most recently first, never-active last. */
export const CUSTOMER_SORTS = ["activity", "name", "created", "points"] as const;
/** Last activity: within 7/30/90 days, or "dormant" (nothing for 90 days, or never). */
export const ACTIVITY_WINDOWS = ["7d", "30d", "90d", "dormant"] as const;
export const YES_NO = ["yes", "no"] as const;

export type LoyaltyTierName = (typeof LOYALTY_TIERS)[number];
export type JourneyStageName = (typeof JOURNEY_STAGES)[number];
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];
export type ActivityWindow = (typeof ACTIVITY_WINDOWS)[number];

export const CUSTOMER_PAGE_SIZE = 50;
