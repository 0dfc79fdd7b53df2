import { z } from "zod";

// The customer list's filter state. It lives in the URL (/customers?tier=GOLD&q=…) and, as JSON, in
// saved segments; both go through this one schema, and every field falls back to its default on bad
// input, so a hand-edited link or an old segment shows the list, never an error page.

export const LOYALTY_TIERS = ["BASIC", "SILVER", "GOLD", "PLATINUM"] as const;
export const JOURNEY_STAGES = ["NEED", "RESEARCH", "PURCHASE", "DELIVERY", "USE", "LOYALTY"] as const;
/** "activity" is the default: customers we heard from most recently first, never-active last. */
export const CUSTOMER_SORTS = ["activity", "name", "created", "points"] as const;
/** Last activity: within 7/30/90 days, or "dormant" (nothing for 90 days, or never). */
export const ACTIVITY_WINDOWS = ["7d", "30d", "90d", "dormant"] as const;
export const YES_NO = ["yes", "no"] as const;

export type LoyaltyTierName = (typeof LOYALTY_TIERS)[number];
export type JourneyStageName = (typeof JOURNEY_STAGES)[number];
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];
export type ActivityWindow = (typeof ACTIVITY_WINDOWS)[number];

export const CUSTOMER_PAGE_SIZE = 50;
const TEXT_MAX = 100;

type RawParams = Record<string, unknown>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const list = (v: unknown) => (v === undefined || v === null ? [] : [v].flat().flatMap((s) => String(s).split(",")));
const text = z
  .preprocess((v) => String(first(v) ?? "").trim().slice(0, TEXT_MAX), z.string())
  .catch("")
  .transform((s) => s || undefined);
/** Unknown values are dropped one by one, duplicates once, in the enum's order. */
const enumList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(list, z.array(z.string())).catch([]).transform((picked) => values.filter((v) => picked.includes(v)) as T[number][]);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(first, z.enum(values).optional()).catch(undefined);

/** The narrowing part: what a saved segment stores. */
export const customerFilterFields = {
  q: text,
  tier: enumList(LOYALTY_TIERS),
  stage: enumList(JOURNEY_STAGES),
  /** "mine", "unassigned" or a rep's id; only managers may pick another rep (the data layer ignores it otherwise). */
  owner: z.preprocess(first, z.union([z.enum(["mine", "unassigned"]), z.uuid()]).optional()).catch(undefined),
  /** Has an open lead (NEW…PROPOSAL) or has none. */
  lead: optionalEnum(YES_NO),
  /** Current consent to marketing email. */
  marketing: optionalEnum(YES_NO),
  /** Case-insensitive prefix of the city. */
  city: text,
  activity: optionalEnum(ACTIVITY_WINDOWS),
};

export const customerSegmentFiltersSchema = z.object(customerFilterFields);
export type CustomerSegmentFilters = z.output<typeof customerSegmentFiltersSchema>;

export const customerFiltersSchema = z.object({
  ...customerFilterFields,
  sort: z.preprocess(first, z.enum(CUSTOMER_SORTS)).catch("activity"),
  /** Opaque keyset cursor; server/customers/list-keyset.ts decodes and re-validates it. */
  cursor: z.preprocess(first, z.string().regex(/^[A-Za-z0-9_-]{1,600}$/).optional()).catch(undefined),
  /** The saved segment the filters came from, if any: only for showing its name. */
  segment: z.preprocess(first, z.uuid().optional()).catch(undefined),
});

export type CustomerFilters = z.output<typeof customerFiltersSchema>;

/** Parses Next.js searchParams or a URLSearchParams; never throws. */
export function parseCustomerFilters(params: RawParams | URLSearchParams | null | undefined): CustomerFilters {
  const raw: RawParams = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  } else if (params) Object.assign(raw, params);
  return customerFiltersSchema.parse(raw);
}

export const DEFAULT_CUSTOMER_FILTERS: CustomerFilters = customerFiltersSchema.parse({});

/** The segment part of a filter state (no sort, cursor or segment id). */
export function segmentFiltersOf(f: CustomerFilters): CustomerSegmentFilters {
  const { q, tier, stage, owner, lead, marketing, city, activity } = f;
  return { q, tier, stage, owner, lead, marketing, city, activity };
}

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
  q: undefined, tier: [], stage: [], owner: undefined, lead: undefined, marketing: undefined,
  city: undefined, activity: undefined, segment: undefined,
};

export function countNarrowingFilters(f: CustomerSegmentFilters): number {
  return [f.q, f.owner, f.lead, f.marketing, f.city, f.activity].filter(Boolean).length + f.tier.length + f.stage.length;
}
