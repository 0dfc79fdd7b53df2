import { z } from "zod";
import { Channel } from "@/generated/prisma/enums";
import { KPI_DEFAULTS } from "./definitions";
import { addDays, localIsoDate, shiftIsoDate, startOfLocalDay } from "./date-range";
import { first } from "@/lib/validation/url-param";
import { CHANNELS } from "@/lib/channels";

// The dashboard's controls live in the URL. Every parameter falls back to a
// safe default on its own: a hand-edited or stale link still renders, with the
// parts that made sense kept.

export const RANGE_PRESETS = ["30d", "90d", "12m", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_RANGE: Exclude<RangePreset, "custom"> = "90d";
const PRESET_DAYS = { "30d": 30, "90d": 90, "12m": 365 } as const;

/** Conversion windows on offer. Each is a bound of the dashboard's stage-time histogram (STAGE_TIME_BOUNDS). */
export const CONVERSION_WINDOW_OPTIONS = [30, 60, 90, 180, 365] as const;
export const STALE_OPTIONS = [7, 14, 30] as const;
/** Longest custom range: three years of data is as far back as a chart stays readable. */
const MAX_RANGE_DAYS = 3 * 366;

export { CHANNELS };

/**
 * The calendar dates a custom range may name. Outside them a hand-made link (year 1 to 9999) is
 * no range at all: Date.UTC reads years 0–99 as 1900–1999, and the day after 9999-12-31 has a
 * six-digit year that the range arithmetic cannot read back. No data predates 1970, and the
 * range ends now anyway.
 */
const FIRST_DATE = "1970-01-01";
const LAST_DATE = "2999-12-31";
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const at = new Date(`${s}T00:00:00Z`);
    return s >= FIRST_DATE && s <= LAST_DATE && !Number.isNaN(at.getTime()) && at.toISOString().startsWith(s);
  });
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

export const dashboardParamsSchema = z.object({
  range: z.preprocess(first, z.enum(RANGE_PRESETS)).catch(DEFAULT_RANGE),
  from: optional(isoDate),
  to: optional(isoDate),
  window: z
    .preprocess(
      first,
      z.coerce.number().refine((n) => (CONVERSION_WINDOW_OPTIONS as readonly number[]).includes(n)),
    )
    .catch(KPI_DEFAULTS.conversionWindowDays),
  stale: z.preprocess(first, z.coerce.number().int().min(1).max(365)).catch(KPI_DEFAULTS.staleAfterDays),
  team: optional(z.uuid()),
  rep: optional(z.uuid()),
  channel: optional(z.enum(Channel)),
  campaign: optional(z.uuid()),
});

export type DashboardParams = z.infer<typeof dashboardParamsSchema>;

export type DashboardFilters = {
  range: RangePreset;
  /** Inclusive start and exclusive end of the date range. */
  from: Date;
  to: Date;
  /** The range ends now (a preset, or a custom range reaching today): today's leads so far are all in it. */
  endsNow: boolean;
  /** The range as calendar dates in the reporting zone, for the custom date inputs. */
  fromDate: string;
  toDate: string;
  conversionWindowDays: number;
  staleAfterDays: number;
  teamId: string | null;
  repId: string | null;
  channel: Channel | null;
  campaignId: string | null;
  /** Why a custom range asked for could not be used, so the page can say it shows the default instead. */
  rangeNotice?: RangeNotice;
};

export type RangeNotice = "inverted" | "future" | "incomplete";

/** The cookie the filter bar keeps its last choice in, restored when the dashboard opens bare. */
export const DASHBOARD_FILTERS_COOKIE = "reise-dashboard-filters";

/** URL search params → filters. Never throws. */
export function parseDashboardFilters(
  raw: Record<string, string | string[] | undefined>,
  now: Date,
  timeZone = "Europe/Oslo",
): DashboardFilters {
  const p = dashboardParamsSchema.parse(raw);
  const range = resolveRange(p, now, timeZone);
  return {
    ...range,
    ...(p.range === "custom" && range.range !== "custom" ? { rangeNotice: rangeNotice(p, now, timeZone) } : {}),
    endsNow: range.to.getTime() === now.getTime(),
    fromDate: localIsoDate(range.from, timeZone),
    toDate: localIsoDate(new Date(range.to.getTime() - 1), timeZone),
    conversionWindowDays: p.window,
    staleAfterDays: p.stale,
    teamId: p.team ?? null,
    repId: p.rep ?? null,
    channel: p.channel ?? null,
    campaignId: p.campaign ?? null,
  };
}

function resolveRange(p: DashboardParams, now: Date, zone: string): { range: RangePreset; from: Date; to: Date } {
  if (p.range === "custom" && p.from && p.to) {
    const from = startOfLocalDay(p.from, zone);
    const end = startOfLocalDay(shiftIsoDate(p.to, 1), zone);
    const to = end > now ? now : end;
    if (from < to)
      return {
        range: "custom",
        from: to.getTime() - from.getTime() > MAX_RANGE_DAYS * 864e5 ? addDays(to, -MAX_RANGE_DAYS) : from,
        to,
      };
  }
  const preset = p.range === "custom" ? DEFAULT_RANGE : p.range;
  // From midnight N days ago, so that the range is whole days plus today so far.
  return {
    range: preset,
    from: startOfLocalDay(localIsoDate(addDays(now, -PRESET_DAYS[preset]), zone), zone),
    to: now,
  };
}

function rangeNotice(p: DashboardParams, now: Date, zone: string): RangeNotice {
  if (!p.from || !p.to) return "incomplete";
  if (p.from > p.to) return "inverted";
  return startOfLocalDay(p.from, zone) >= now ? "future" : "incomplete";
}

/** The URL params that reproduce `filters`, minus defaults, for links and controls. */
export function filtersToParams(f: DashboardFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.range !== DEFAULT_RANGE) out.range = f.range;
  if (f.range === "custom") Object.assign(out, { from: f.fromDate, to: f.toDate });
  if (f.conversionWindowDays !== KPI_DEFAULTS.conversionWindowDays) out.window = String(f.conversionWindowDays);
  if (f.staleAfterDays !== KPI_DEFAULTS.staleAfterDays) out.stale = String(f.staleAfterDays);
  if (f.teamId) out.team = f.teamId;
  if (f.repId) out.rep = f.repId;
  if (f.channel) out.channel = f.channel;
  if (f.campaignId) out.campaign = f.campaignId;
  return out;
}
