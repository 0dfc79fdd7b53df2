import type { CustomerFilters, CustomerSegmentFilters } from "./customer-filters";

// How a customer list filter state is written back to the URL (links, chips, the pager,
// segments). What the URL may say is in customer-filter-options.ts; the schema that reads it in
// customer-filters.ts. Zod-free: the list's client components import it without adding zod to
// the page's first JavaScript (the type import above is erased).

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
  q: undefined,
  tier: [],
  stage: [],
  owner: undefined,
  lead: undefined,
  marketing: undefined,
  city: undefined,
  activity: undefined,
  segment: undefined,
};

export function countNarrowingFilters(f: CustomerSegmentFilters): number {
  return (
    [f.q, f.owner, f.lead, f.marketing, f.city, f.activity].filter(Boolean).length + f.tier.length + f.stage.length
  );
}
