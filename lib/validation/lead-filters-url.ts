import type { LeadFilters } from "./lead-filters";

// How a lead list filter state is written back to the URL (links, chips, the pager). What the
// URL may say is in lead-filter-options.ts; the schema that reads it in lead-filters.ts.
// Zod-free: the list's client components import it without adding zod to the page's first
// JavaScript (the type import above is erased).

/**
 * The query string for a filter state, defaults left out so links stay short. Changing any
 * filter starts from the first page: pass `cursor` explicitly to keep one.
 */
export function leadFiltersToSearch(filters: LeadFilters, patch: Partial<LeadFilters> = {}): string {
  const f: LeadFilters = { ...filters, cursor: undefined, ...patch };
  const params = new URLSearchParams();
  if (f.view !== "active") params.set("view", f.view);
  if (f.scope !== "team") params.set("scope", f.scope);
  if (f.rep) params.set("rep", f.rep);
  if (f.stage.length) params.set("stage", f.stage.join(","));
  if (f.readiness && f.view === "active") params.set("readiness", f.readiness);
  if (f.channel) params.set("channel", f.channel);
  if (f.campaign) params.set("campaign", f.campaign);
  if (f.team) params.set("team", f.team);
  if (f.overdue) params.set("overdue", "1");
  if (f.breach) params.set("breach", "1");
  if (f.outcome !== "open") params.set("outcome", f.outcome);
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  if (f.q) params.set("q", f.q);
  if (f.sort !== "sla") params.set("sort", f.sort);
  if (f.reverse) params.set("reverse", "1");
  if (f.cursor) params.set("cursor", f.cursor);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The patch that clears every narrowing filter and keeps the view and the sort. */
export const CLEAR_LEAD_FILTERS: Partial<LeadFilters> = {
  scope: "team",
  rep: undefined,
  stage: [],
  readiness: undefined,
  channel: undefined,
  campaign: undefined,
  team: undefined,
  overdue: false,
  breach: false,
  outcome: "open",
  from: undefined,
  to: undefined,
  q: undefined,
};

/** True when the list shows less than the whole view: the empty state then offers to clear. */
export function hasNarrowingFilters(f: LeadFilters): boolean {
  return Boolean(
    f.scope !== "team" ||
    f.rep ||
    f.stage.length ||
    f.readiness ||
    f.channel ||
    f.campaign ||
    f.team ||
    f.overdue ||
    f.breach ||
    f.outcome !== "open" ||
    f.from ||
    f.to ||
    f.q,
  );
}
