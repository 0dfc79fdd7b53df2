import type { CustomerFilters, CustomerSegmentFilters } from "./customer-filters";

// What the customer list's URL may say and how a filter state is written back to
// it (links, chips, the pager, segments). The schema that reads the URL is in
// customer-filters.ts. Zod-free: the list's client components import it without
// adding zod to the page's first JavaScript.

export const LOYALTY_TIERS = ["BASIC", "SILVER", "GOLD", "PLATINUM"] as const;
export const JOURNEY_STAGES = ["NEED", "RESEARCH", "PURCHASE", "DELIVERY", "USE", "LOYALTY"] as const;
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

/**
 * The query string for a filter state, defaults left out so links stay short. Changing any filter
 * starts from the first page: pass `cursor` explicitly to keep one.
 */
export function customerFiltersToSearch(filters: CustomerFilters, patch: Partial<CustomerFilters> = {}): string {
  const f: CustomerFilters = { ...filters, cursor: undefined, ...patch };
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  if (f.tier.length) params.set("tier", f.tier.join(","));
  if (f.stage.length) params.set("stage", f.stage.join(","));
  if (f.owner) params.set("owner", f.owner);
  if (f.lead) params.set("lead", f.lead);
  if (f.marketing) params.set("marketing", f.marketing);
  if (f.city) params.set("city", f.city);
  if (f.activity) params.set("activity", f.activity);
  if (f.sort !== "activity") params.set("sort", f.sort);
  if (f.segment) params.set("segment", f.segment);
  if (f.cursor) params.set("cursor", f.cursor);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The patch that clears every narrowing filter (and the segment they came from); keeps the sort. */
export const CLEAR_CUSTOMER_FILTERS: Partial<CustomerFilters> = {
  q: undefined, tier: [], stage: [], owner: undefined, lead: undefined, marketing: undefined,
  city: undefined, activity: undefined, segment: undefined,
};

export function countNarrowingFilters(f: CustomerSegmentFilters): number {
  return [f.q, f.owner, f.lead, f.marketing, f.city, f.activity].filter(Boolean).length + f.tier.length + f.stage.length;
}
