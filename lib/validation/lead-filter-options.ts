import { CHANNELS } from "@/lib/channels";
import { OPEN_STAGES, type OpenStage } from "@/lib/lead-stages";

// What the lead list's URL may say: the filters' options and the page size. Zod-free, for the
// list's client components and for the schema in lead-filters.ts.

/** The list is a work list: closed leads (WON, LOST) are never in it. */
export { OPEN_STAGES, type OpenStage };
export const LEAD_CHANNELS = CHANNELS;
/** "sla" is "who waits on us": breached first, then SLA running out, then follow-ups due, then score. */
export const LEAD_SORTS = ["sla", "waiting", "score", "activity", "created"] as const;
/** "team" is everything the user may see: own + unassigned for sales, all leads for managers. */
export const LEAD_SCOPES = ["team", "mine", "unassigned"] as const;
/** Slow-trackers (readiness SLOW) live in "nurture", everyone else in "active". */
export const LEAD_VIEWS = ["active", "nurture"] as const;
export const ACTIVE_READINESS = ["HOT", "WARM"] as const;

export type LeadChannel = (typeof LEAD_CHANNELS)[number];
export type LeadSort = (typeof LEAD_SORTS)[number];

export const PAGE_SIZE = 50;
