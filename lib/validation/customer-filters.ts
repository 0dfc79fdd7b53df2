import { z } from "zod";
import { searchText } from "./plain-text";
import { ACTIVITY_WINDOWS, CUSTOMER_SORTS, JOURNEY_STAGES, LOYALTY_TIERS, YES_NO } from "./customer-filter-options";
import { first } from "./url-param";

// The customer list's filter state. It lives in the URL (/customers?tier=GOLD&q=…) and, as JSON, in
// saved segments; both go through this one schema, and every field falls back to its default on bad
// input, so a hand-edited link or an old segment shows the list, never an error page.

const TEXT_MAX = 100;

type RawParams = Record<string, unknown>;

const list = (v: unknown) => (v === undefined || v === null ? [] : [v].flat().flatMap((s) => String(s).split(",")));
const text = searchText(TEXT_MAX);
/** Unknown values are dropped one by one, duplicates once, in the enum's order. */
const enumList = <T extends readonly string[]>(values: T) =>
  z
    .preprocess(list, z.array(z.string()))
    .catch([])
    .transform((picked) => values.filter((v) => picked.includes(v)) as T[number][]);
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
/**
 * Who is in a saved segment: its filters, plus `members`, the segment's id, whose hand-added
 * members (SegmentMember) are in it too. Set by the server from the segment opened, never read
 * from a URL or saved with the filters.
 */
export type SegmentAudienceFilters = CustomerSegmentFilters & { members?: string };

export const customerFiltersSchema = z.object({
  ...customerFilterFields,
  sort: z.preprocess(first, z.enum(CUSTOMER_SORTS)).catch("activity"),
  /** Opaque keyset cursor; server/lists/keyset.ts decodes and re-validates it. */
  cursor: z
    .preprocess(
      first,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,600}$/)
        .optional(),
    )
    .catch(undefined),
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
