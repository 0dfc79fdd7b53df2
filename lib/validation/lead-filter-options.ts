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
/**
 * Slow-trackers (readiness SLOW) live in "nurture", everyone else in "active". "all" is both, for
 * a dashboard click-through: the number it came from counts leads whatever their readiness.
 */
export const LEAD_VIEWS = ["active", "nurture", "all"] as const;
/** Which leads by outcome: the work list is open ones; a dashboard figure may count won or lost too. */
export const LEAD_OUTCOMES = ["open", "won", "lost", "all"] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];
export const ACTIVE_READINESS = ["HOT", "WARM"] as const;

export type LeadChannel = (typeof LEAD_CHANNELS)[number];
export type LeadSort = (typeof LEAD_SORTS)[number];

export const PAGE_SIZE = 50;
