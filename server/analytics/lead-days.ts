import "server-only";
import { cache } from "react";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { MONTH_LEVEL_OFFSET } from "@/lib/kpi/day-rows-sql";
import { splitIntoDays, splitIntoMonths, type DateSpan } from "@/lib/kpi/reporting";
import { CONVERSION_WINDOW_OPTIONS, type DashboardFilters } from "@/lib/kpi/filters";
import { dashboardNarrowed } from "@/server/access/dashboard";
import type { StaffSession } from "@/server/access/staff";
import { ts } from "./timestamps";

/** "No owner" and "no campaign" in LeadDayStat's key. */
export const NO_KEY = "00000000-0000-0000-0000-000000000000";

/** Rows grouped by a day-row key, with NO_KEY ("no owner", "no campaign") read back as null, as the cards say it. */
export function withNullKeys<R extends { key: string | null }>(rows: R[]): R[] {
  return rows.map((r) => (r.key === NO_KEY ? { ...r, key: null } : r));
}

export type Dimension = "owner" | "channel" | "campaign";
const BIT: Record<Dimension, number> = { owner: 1, channel: 2, campaign: 4 };

/**
 * The coarsest LeadDayStat level that keeps every dimension a query filters or
 * groups by: a sales rep and a team or rep filter need the owner, a channel or
 * campaign filter its dimension. Every combination has its level but channel
 * with campaign (6), which reads the finest rows (7).
 */
export function dayLevel(session: StaffSession, f: DashboardFilters, groupBy?: Dimension): number {
  let level = groupBy ? BIT[groupBy] : 0;
  if (dashboardNarrowed(session, f)) level |= BIT.owner;
  if (f.channel) level |= BIT.channel;
  if (f.campaignId) level |= BIT.campaign;
  return level === 6 ? 7 : level;
}

/**
 * The leads created in the filter's range (or at any time), as per-day rows
 * (LeadDayStat) of one level: the whole days (and today, when the range ends
 * now) from the table; ragged ends computed from the leads by the same SQL
 * function that fills the table. Columns are named like the lead's, so
 * dashboardLeadSql applies unchanged ("ownerId", "sourceChannel", "campaignId"; no
 * owner or campaign is NO_KEY, not NULL), plus the day and the figures (see the
 * LeadDayStat model). A dimension the level sums over is a placeholder: the
 * level must keep every dimension the query reads (dayLevel).
 *
 * The whole months of a range come from the month rows (one per key and month), unless the caller
 * groups by day (`byDay`: the week trend); the table's `day` is then the month's first day.
 *
 * A ragged end (the previous period's first day) is computed once per request
 * and level (raggedDayRows) and handed back to each statement as rows:
 * computing it costs about 4 ms at 100k customers, and a dashboard reads the
 * same end from several statements.
 */
export async function leadDays(
  db: PrismaClient,
  f: Pick<DashboardFilters, "from" | "to" | "endsNow"> | "all time",
  level: number,
  { byDay = false }: { byDay?: boolean } = {},
): Promise<Prisma.Sql> {
  if (f === "all time") return columns(storedRows(byDay ? level : level + MONTH_LEVEL_OFFSET));
  const { days, partial } = splitIntoDays(f.from, f.to, { endsNow: f.endsNow });
  const ragged = await Promise.all(
    partial.map((p) => raggedDayRows(db, p.from.toISOString(), p.to.toISOString(), level)),
  );
  const parts = [
    ...(days ? [wholeDaysSql(level, days, byDay)] : []),
    ...ragged
      .filter((rows) => rows !== null)
      .map((rows) => Prisma.sql`SELECT * FROM json_populate_recordset(NULL::"LeadDayStat", ${rows}::json)`),
  ];
  if (parts.length === 0) parts.push(Prisma.sql`SELECT * FROM "LeadDayStat" WHERE FALSE`);
  return columns(Prisma.join(parts, " UNION ALL "));
}

/**
 * How many leads were created in the range, as an int expression: whole days from the day rows of
 * one level, a ragged end counted from the leads themselves (a count needs none of the facts
 * reise_lead_day_facts works out, and the createdAt index finds those few leads). `scope` reads the
 * columns the day rows and the leads share (dashboardLeadSql).
 */
export function leadCountSql(f: Pick<DashboardFilters, "from" | "to" | "endsNow">, level: number, scope: Prisma.Sql) {
  const { days, partial } = splitIntoDays(f.from, f.to, { endsNow: f.endsNow });
  const parts = [
    ...(days
      ? [Prisma.sql`(SELECT coalesce(sum(l.leads), 0) FROM ${columns(wholeDaysSql(level, days))} l WHERE ${scope})`]
      : []),
    ...partial.map(
      (p) =>
        Prisma.sql`(SELECT count(*) FROM "Lead" l WHERE l."createdAt" >= ${ts(p.from)} AND l."createdAt" < ${ts(p.to)} AND ${scope})`,
    ),
  ];
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " + ")})::int` : Prisma.sql`0`;
}

/**
 * The day rows of [from, to) at one level, as JSON text (null when no lead
 * was created then). Memoised per request (React's cache; outside a render,
 * such as the weekly report's job, each call computes them).
 */
const raggedDayRows = cache(
  async (db: PrismaClient, from: string, to: string, level: number): Promise<string | null> => {
    const [{ rows }] = await db.$queryRaw<{ rows: string | null }[]>`
    SELECT json_agg(f)::text AS rows
    FROM reise_lead_day_level_facts(${level}::smallint, ${from}::timestamptz, ${to}::timestamptz) f`;
    return rows;
  },
);

/**
 * The table's rows of one level for the whole days of a range (splitIntoDays): the month rows of the
 * months it covers and the day rows of the days around them, or day rows only (`byDay`).
 */
function wholeDaysSql(level: number, span: DateSpan, byDay = false): Prisma.Sql {
  const { months, days } = byDay ? { months: null, days: [span] } : splitIntoMonths(span);
  return Prisma.join(
    [...(months ? [storedRows(level + MONTH_LEVEL_OFFSET, months)] : []), ...days.map((d) => storedRows(level, d))],
    " UNION ALL ",
  );
}

/** The table's rows of one stored level (a day level, or level + MONTH_LEVEL_OFFSET), dated in `span` when given. */
function storedRows(stored: number, span?: DateSpan): Prisma.Sql {
  const dated = span ? Prisma.sql` AND day >= ${span.fromDate}::date AND day < ${span.toDate}::date` : Prisma.empty;
  return Prisma.sql`SELECT * FROM "LeadDayStat" WHERE level = ${stored}::smallint${dated}`;
}

function columns(rows: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    -- The keys as they are (NO_KEY for none), so that a filter on them can use the primary key.
    SELECT s.day, s."ownerKey" AS "ownerId", s."sourceChannel", s."campaignKey" AS "campaignId",
      s.leads, s.answered, s."closedUnanswered", s."withinSla", s."responseBuckets", s."responseMax", s."openStages", s."lostFurthest",
      s."wonMinutes", s."lostMinutes", s."qualifiedMinutes", s."proposalMinutes",
      s."firstTouchChannel", s."lastTouchChannel", s."firstTouchOwner", s."lastTouchOwner",
      s."openCount", s."openValue", s."wonCount", s."lostCount", s."wonValue", s."wonSeconds"
    FROM (${rows}) s
  )`;
}

/**
 * Sums of some slots of an array column over the rows (alias l), as one array:
 * slots [from, from + length) of every row, added up slot by slot.
 */
export function sumSlots(column: string, length: number, from = 0, type = "int"): Prisma.Sql {
  const slots = Array.from({ length }, (_, k) => `coalesce(sum(l."${column}"[${from + k + 1}]), 0)`);
  return Prisma.raw(`ARRAY[${slots.join(", ")}]::${type}[]`);
}

/** Where the filter's conversion window sits in the window-major arrays (attribution, pipeline). */
export function windowSlot(f: Pick<DashboardFilters, "conversionWindowDays">): number {
  const w = (CONVERSION_WINDOW_OPTIONS as readonly number[]).indexOf(f.conversionWindowDays);
  if (w === -1) throw new Error(`the day rows have no figures for a ${f.conversionWindowDays}-day window`);
  return w;
}
