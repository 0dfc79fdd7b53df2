import type { LeadFilters } from "./lead-filters";

// What the lead list's URL may say and how a filter state is written back to it
// (links, chips, the pager). The schema that reads the URL is in lead-filters.ts.
// Zod-free: the list's client components import it without adding zod to the
// page's first JavaScript.

/** The list is a work list: closed leads (WON, LOST) are never in it. */
export const OPEN_STAGES = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] as const;
export const LEAD_CHANNELS = [
  "WEB", "MOBILE", "CHAT", "PHONE", "EMAIL", "SMS", "STORE", "EVENT", "SOCIAL", "REVIEW", "PARTNER", "CAMPAIGN",
] as const;
/** "sla" is "who waits on us": breached first, then SLA running out, then follow-ups due, then score. */
export const LEAD_SORTS = ["sla", "waiting", "score", "activity", "created"] as const;
/** "team" is everything the user may see: own + unassigned for sales, all leads for managers. */
export const LEAD_SCOPES = ["team", "mine", "unassigned"] as const;
/** Slow-trackers (readiness SLOW) live in "nurture", everyone else in "active". */
export const LEAD_VIEWS = ["active", "nurture"] as const;
export const ACTIVE_READINESS = ["HOT", "WARM"] as const;

export type OpenStage = (typeof OPEN_STAGES)[number];
export type LeadChannel = (typeof LEAD_CHANNELS)[number];
export type LeadSort = (typeof LEAD_SORTS)[number];

export const PAGE_SIZE = 50;

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
  if (f.q) params.set("q", f.q);
  if (f.sort !== "sla") params.set("sort", f.sort);
  if (f.cursor) params.set("cursor", f.cursor);
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The patch that clears every narrowing filter and keeps the view and the sort. */
export const CLEAR_LEAD_FILTERS: Partial<LeadFilters> = {
  scope: "team", rep: undefined, stage: [], readiness: undefined, channel: undefined, campaign: undefined, team: undefined,
  overdue: false, q: undefined,
};

/** True when the list shows less than the whole view: the empty state then offers to clear. */
export function hasNarrowingFilters(f: LeadFilters): boolean {
  return Boolean(f.scope !== "team" || f.rep || f.stage.length || f.readiness || f.channel || f.campaign || f.team || f.overdue || f.q);
}
