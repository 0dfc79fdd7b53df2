import { z } from "zod";
import { searchText } from "./plain-text";
import {
  ACTIVE_READINESS,
  LEAD_CHANNELS,
  LEAD_OUTCOMES,
  LEAD_SCOPES,
  LEAD_SORTS,
  LEAD_VIEWS,
  OPEN_STAGES,
} from "./lead-filter-options";
import { first } from "./url-param";
import { isIsoInstant } from "./iso-instant";

// The lead list's URL state (/leads?view=…&stage=NEW,CONTACTED&q=…). Every field falls back to
// its default on bad input: a hand-edited or stale link shows the list, never an error page.

const SEARCH_MAX = 100;

type RawParams = Record<string, string | string[] | undefined>;

// Repeated params (?sort=a&sort=b) take the first; lists accept both ?stage=A,B and ?stage=A&stage=B.
const list = (v: unknown) => (v === undefined ? [] : [v].flat().flatMap((s) => String(s).split(",")));

export const leadFiltersSchema = z
  .object({
    view: z.preprocess(first, z.enum(LEAD_VIEWS)).catch("active"),
    scope: z.preprocess(first, z.enum(LEAD_SCOPES)).catch("team"),
    /** A rep's id; only managers may use it (the data layer ignores it for everyone else). */
    rep: z.preprocess(first, z.uuid().optional()).catch(undefined),
    // Unknown stages are dropped one by one, duplicates once, and the list keeps a stable order.
    stage: z
      .preprocess(list, z.array(z.string().max(32)).max(20))
      .catch([])
      .transform((values) => OPEN_STAGES.filter((s) => values.includes(s))),
    readiness: z.preprocess(first, z.enum(ACTIVE_READINESS).optional()).catch(undefined),
    channel: z.preprocess(first, z.enum(LEAD_CHANNELS).optional()).catch(undefined),
    /** The campaign that brought the lead in (a dashboard click-through). */
    campaign: z.preprocess(first, z.uuid().optional()).catch(undefined),
    /** Leads owned by this team's members; managers only, like `rep`. */
    team: z.preprocess(first, z.uuid().optional()).catch(undefined),
    overdue: z.preprocess((v) => ["1", "true", "on"].includes(String(first(v))), z.boolean()).catch(false),
    /** The response promise has run out (slaDueAt before now): the dashboard's "breaching now". */
    breach: z.preprocess((v) => ["1", "true", "on"].includes(String(first(v))), z.boolean()).catch(false),
    /** Open (the work list), won, lost or all: a dashboard figure over a period counts closed leads too. */
    outcome: z.preprocess(first, z.enum(LEAD_OUTCOMES)).catch("open"),
    /** Created from (inclusive) and to (exclusive), as instants: the dashboard range a figure counts. */
    from: z.preprocess(first, z.string().refine(isIsoInstant).optional()).catch(undefined),
    to: z.preprocess(first, z.string().refine(isIsoInstant).optional()).catch(undefined),
    q: searchText(SEARCH_MAX),
    sort: z.preprocess(first, z.enum(LEAD_SORTS)).catch("sla"),
    /** The sort read backwards: its exact reverse (what came last comes first). */
    reverse: z.preprocess((v) => ["1", "true", "on"].includes(String(first(v))), z.boolean()).catch(false),
    /** Opaque keyset cursor; server/leads/list-queries.ts decodes and re-validates it. */
    cursor: z
      .preprocess(
        first,
        z
          .string()
          .regex(/^[A-Za-z0-9_-]{1,600}$/)
          .optional(),
      )
      .catch(undefined),
  })
  .transform((f) => ({
    ...f,
    // Readiness is what separates the two views: within nurture there is nothing to pick.
    readiness: f.view === "nurture" ? undefined : f.readiness,
    // A chosen rep is the scope; "unassigned AND rep X" would only ever be empty.
    scope: f.rep ? ("team" as const) : f.scope,
  }));

export type LeadFilters = z.output<typeof leadFiltersSchema>;

export const DEFAULT_LEAD_FILTERS: LeadFilters = leadFiltersSchema.parse({});

/** Parses Next.js searchParams; never throws. */
export function parseLeadFilters(params: RawParams | URLSearchParams | null | undefined): LeadFilters {
  const raw: RawParams = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  } else if (params) {
    Object.assign(raw, params);
  }
  return leadFiltersSchema.parse(raw);
}
