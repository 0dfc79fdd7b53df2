import { z } from "zod";
import { searchText } from "./plain-text";
import { first } from "./url-param";
import { CLOSED_CHANNELS, CLOSED_OUTCOMES } from "./closed-lead-options";

// The Closed view's URL state (/leads/closed?outcome=LOST&from=2026-11-01&q=…). Anything malformed
// falls back to "no filter": a hand-edited or stale link shows the list, never an error page.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

export const closedLeadFiltersSchema = z.object({
  outcome: optional(z.enum(CLOSED_OUTCOMES)),
  /** A rep's id; only managers may use it (the query ignores it for everyone else). */
  owner: optional(z.uuid()),
  /** Closed on or after this day, up to and including `to`: the reader's own calendar days. */
  from: optional(z.string().regex(DAY)),
  to: optional(z.string().regex(DAY)),
  channel: optional(z.enum(CLOSED_CHANNELS)),
  q: searchText(100),
  /** Opaque keyset cursor; server/leads/closed-queries.ts decodes and re-validates it. */
  cursor: optional(z.string().regex(/^[A-Za-z0-9_-]{1,600}$/)),
});
export type ClosedLeadFilters = z.infer<typeof closedLeadFiltersSchema>;

export const parseClosedLeadFilters = (params: Record<string, string | string[] | undefined> | URLSearchParams) =>
  closedLeadFiltersSchema.parse(params instanceof URLSearchParams ? Object.fromEntries(params) : params);
