import "server-only";
import type { LeadSort } from "@/lib/validation/lead-filter-options";
import { keyCol as col, reverseKeys, type KeyColumn } from "@/server/lists/keyset";

// The lead list's sort keys. Each has a partial index in the same order over open leads (see the
// Lead model in prisma/schema.prisma), so a page is one index range scan (server/lists/keyset.ts).
// "Nobody is waiting" (NULL) goes after any waiting customer; descending columns are never NULL.

const ID = col("id", "asc", "uuid");

export const LEAD_SORT_KEYS: Record<LeadSort, KeyColumn[]> = {
  // Who waits on us: SLA breached (most overdue first), then running out, then follow-ups due, then score.
  sla: [col("slaDueAt", "asc", "ts", true), col("nextFollowUpAt", "asc", "ts", true), col("score", "desc", "int"), ID],
  // Longest waiting first; leads nobody waits on after them.
  waiting: [col("waitingSince", "asc", "ts", true), ID],
  score: [col("score", "desc", "int"), ID],
  activity: [col("lastActivityAt", "desc", "ts"), ID],
  created: [col("createdAt", "desc", "ts"), ID],
};

/** A sort's columns, read forwards or (reverse) backwards over the same index. */
export function leadSortKeys(sort: LeadSort, reverse: boolean): KeyColumn[] {
  return reverse ? reverseKeys(LEAD_SORT_KEYS[sort]) : LEAD_SORT_KEYS[sort];
}

/** Tags a page's cursor: one made for a sort read one way means nothing to the other way. */
export const leadSortTag = (sort: LeadSort, reverse: boolean) => (reverse ? `${sort}.reversed` : sort);
