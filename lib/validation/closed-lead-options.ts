import { CHANNELS } from "@/lib/channels";
import { OPEN_STAGES } from "@/lib/lead-stages";

// The Closed view's choices (/leads/closed) and the reopen form's stages. Zod-free, so client
// components may import it; the schemas are in closed-lead-filters.ts and reopen-lead.ts.

export const CLOSED_OUTCOMES = ["WON", "LOST"] as const;
export type ClosedOutcome = (typeof CLOSED_OUTCOMES)[number];
export const CLOSED_CHANNELS = CHANNELS;
export const CLOSED_PAGE_SIZE = 50;

/** A reopened lead goes back to one of the open stages; CONTACTED when we do not know where it was lost from. */
export const REOPEN_STAGES = OPEN_STAGES;
export const REOPEN_DEFAULT_STAGE = "CONTACTED" as const;

export type ClosedLeadFilterValues = {
  outcome?: ClosedOutcome;
  owner?: string;
  from?: string;
  to?: string;
  channel?: string;
  q?: string;
};

/** The URL of a page of the Closed view with these filters (and, for the next page, a cursor). */
export function closedLeadFiltersToSearch(filters: ClosedLeadFilterValues, extra: { cursor?: string } = {}): string {
  const params = new URLSearchParams();
  for (const key of ["outcome", "owner", "from", "to", "channel", "q"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (extra.cursor) params.set("cursor", extra.cursor);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const closedFiltersActive = (f: ClosedLeadFilterValues) =>
  Boolean(f.outcome || f.owner || f.from || f.to || f.channel || f.q);
