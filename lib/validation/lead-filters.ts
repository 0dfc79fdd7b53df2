import { z } from "zod";

// The lead list's URL state (/leads?view=…&stage=NEW,CONTACTED&q=…). Every field falls back to
// its default on bad input: a hand-edited or stale link shows the list, never an error page.

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

const SEARCH_MAX = 100;
export const PAGE_SIZE = 50;

type RawParams = Record<string, string | string[] | undefined>;

// Repeated params (?sort=a&sort=b) take the first; lists accept both ?stage=A,B and ?stage=A&stage=B.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const list = (v: unknown) => (v === undefined ? [] : [v].flat().flatMap((s) => String(s).split(",")));

export const leadFiltersSchema = z.object({
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
  q: z
    .preprocess((v) => String(first(v) ?? "").trim().slice(0, SEARCH_MAX), z.string())
    .catch("")
    .transform((s) => s || undefined),
  sort: z.preprocess(first, z.enum(LEAD_SORTS)).catch("sla"),
  /** Opaque keyset cursor; server/leads/list-queries.ts decodes and re-validates it. */
  cursor: z.preprocess(first, z.string().regex(/^[A-Za-z0-9_-]{1,600}$/).optional()).catch(undefined),
}).transform((f) => ({
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

/** Search text that is a phone number ("+47 912 34 567", "912-34"): its digits, else null. */
export function phoneDigits(q: string): string | null {
  if (!/^[+\d\s().-]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, "");
  return digits.length >= 3 ? digits : null;
}
