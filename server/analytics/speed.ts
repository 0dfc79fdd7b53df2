import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { rate } from "@/lib/kpi/compute";
import { isoWeekNumber, weekStarts } from "@/lib/kpi/date-range";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import { histogramPercentile, RESPONSE_BUCKETS } from "@/lib/kpi/response-histogram";
import { AnalyticsAccessError, dashboardLeadSql } from "@/server/access/dashboard";
import { assertStaff } from "@/server/access/staff";
import { ts, type PeriodOnly } from "./timestamps";
import { dayLevel, leadDays, sumSlots, withNullKeys } from "./lead-days";
import { openStageSql } from "@/server/leads/open-stage-sql";

export type SpeedRow = {
  key: string | null;
  label: string | null;
  /** Leads with a first response. */
  answered: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
  /** Leads measured against the SLA (see KPIS.speedWithinSla) and those answered in time. */
  measured: number;
  withinSla: number;
  withinSlaShare: number | null;
};

export type WeekRow = SpeedRow & { weekStart: string; isoWeek: number };

export type SpeedToLead = {
  total: SpeedRow;
  byRep: SpeedRow[];
  byChannel: SpeedRow[];
  byWeek: WeekRow[];
  breachingNow: number;
};

type Raw = {
  dim: "rep" | "channel" | "week" | "total";
  key: string | null;
  label: string | null;
  week: number | null;
  answered: number;
  buckets: number[];
  max: number | null;
  closed: number;
  within: number;
};
type RawDue = { dim: Raw["dim"]; key: string | null; week: number | null; due: number };

// By rep, by channel, by week and in total, over rows (alias l) that carry a week column.
const GROUPS = Prisma.sql`
  CASE WHEN GROUPING(l."ownerId") = 0 THEN 'rep' WHEN GROUPING(l."sourceChannel") = 0 THEN 'channel'
       WHEN GROUPING(l.week) = 0 THEN 'week' ELSE 'total' END AS dim,
  coalesce(l."ownerId"::text, l."sourceChannel"::text) AS key, l.week`;
const GROUPING_SETS = Prisma.sql`GROUPING SETS ((l."ownerId"), (l."sourceChannel"), (l.week), ())`;

const FIGURES = Prisma.sql`coalesce(sum(l.answered), 0)::int AS answered, ${sumSlots("responseBuckets", RESPONSE_BUCKETS)} AS buckets,
  max(l."responseMax") AS max, coalesce(sum(l."closedUnanswered"), 0)::int AS closed, coalesce(sum(l."withinSla"), 0)::int AS within`;

/**
 * Speed to lead over the leads created in the range: first-response percentiles
 * (business minutes) by rep, channel and ISO week, and the SLA hit rate; plus
 * the open leads breaching their SLA now. Answers come from the per-day rows
 * (LeadDayStat, kept current by triggers): the percentiles are read from their
 * histogram (lib/kpi/response-histogram.ts). Only the part that depends on the
 * clock — open leads never answered whose SLA has run out by now — is counted
 * from the leads, on the open-leads index. Weeks start on Monday in the
 * reporting zone; their edges are computed here.
 */
export async function getSpeedToLead(
  db: PrismaClient,
  session: AppSession,
  f: DashboardFilters,
  now: Date,
  { periodOnly = false }: PeriodOnly = {},
): Promise<SpeedToLead> {
  assertStaff(session, AnalyticsAccessError);
  const scope = dashboardLeadSql(session, f);
  const weeks = weekStarts(f.from, f.to, REPORTING_TIME_ZONE);
  const dayEdges = Prisma.sql`ARRAY[${Prisma.join(weeks.map((w) => Prisma.sql`${w.date}::date`))}]::date[]`;
  const instantEdges = Prisma.sql`ARRAY[${Prisma.join(weeks.map((w) => ts(w.at)))}]::timestamptz[]`;
  // Each breakdown from the coarsest per-day rows that have it (lead-days.ts).
  const [ownerDays, channelDays, days] = await Promise.all([
    periodOnly ? Prisma.empty : leadDays(db, f, dayLevel(session, f, "owner")),
    periodOnly ? Prisma.empty : leadDays(db, f, dayLevel(session, f, "channel")),
    // The week trend groups these by day; the previous period's totals can take month rows.
    leadDays(db, f, dayLevel(session, f), { byDay: !periodOnly }),
  ]);
  const byDimension = (dim: string, key: Prisma.Sql, rows: Prisma.Sql) => Prisma.sql`
    SELECT ${dim} AS dim, ${key}::text AS key, NULL::int AS week, ${FIGURES}
    FROM ${rows} l
    WHERE ${scope}
    GROUP BY ${key}`;
  // The previous period's card reads the totals only: no breakdowns by rep, channel or week.
  const [dayRows, due, breaching] = await Promise.all([
    periodOnly
      ? db.$queryRaw<Raw[]>`
      SELECT 'total' AS dim, NULL AS key, NULL::int AS week, ${FIGURES}, NULL AS label FROM ${days} l WHERE ${scope}`
      : db.$queryRaw<Raw[]>`
      SELECT g.*, u.name AS label FROM (
        ${byDimension("rep", Prisma.sql`l."ownerId"`, ownerDays)}
        UNION ALL ${byDimension("channel", Prisma.sql`l."sourceChannel"`, channelDays)}
        UNION ALL
        SELECT CASE WHEN GROUPING(l.week) = 0 THEN 'week' ELSE 'total' END, NULL, l.week, ${FIGURES}
        FROM (SELECT l.*, width_bucket(l.day, ${dayEdges}) AS week FROM ${days} l WHERE ${scope}) l
        GROUP BY GROUPING SETS ((l.week), ())
      ) g LEFT JOIN "User" u ON g.dim = 'rep' AND u.id::text = g.key`,
    // Open, never answered, and the SLA has run out: measured against it from now on.
    db.$queryRaw<RawDue[]>`
      SELECT ${periodOnly ? Prisma.sql`'total' AS dim, NULL AS key, NULL::int AS week` : GROUPS}, count(*)::int AS due
      FROM (
        SELECT l."ownerId", l."sourceChannel", width_bucket(l."createdAt", ${instantEdges}) AS week
        FROM "Lead" l
        WHERE ${openStageSql("l")} AND l."firstResponseMinutes" IS NULL AND l."slaDueAt" <= ${ts(now)}
          AND l."createdAt" >= ${ts(f.from)} AND l."createdAt" < ${ts(f.to)} AND ${scope}
      ) l
      ${periodOnly ? Prisma.empty : Prisma.sql`GROUP BY ${GROUPING_SETS}`}`,
    periodOnly
      ? Promise.resolve([{ n: 0 }])
      : db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Lead" l
      WHERE ${openStageSql("l")} AND l."slaDueAt" < ${ts(now)} AND ${scope}`,
  ]);
  const rows = withNullKeys(dayRows);
  const id = (r: { dim: string; key: string | null; week: number | null }) => `${r.dim}|${r.key}|${r.week}`;
  const dueBy = new Map(due.map((r) => [id(r), r.due]));
  const row = (r: Raw): SpeedRow => {
    // Every lead is in a day row, so every group of overdue leads has its row here.
    const measured = r.answered + r.closed + (dueBy.get(id(r)) ?? 0);
    return {
      key: r.key,
      label: r.label,
      answered: r.answered,
      medianMinutes: histogramPercentile(r.buckets, 0.5, r.max),
      p90Minutes: histogramPercentile(r.buckets, 0.9, r.max),
      measured,
      withinSla: r.within,
      withinSlaShare: rate(r.within, measured),
    };
  };
  const total = rows.find((r) => r.dim === "total");
  return {
    total: total
      ? row(total)
      : {
          key: null,
          label: null,
          answered: 0,
          medianMinutes: null,
          p90Minutes: null,
          measured: 0,
          withinSla: 0,
          withinSlaShare: null,
        },
    byRep: rows
      .filter((r) => r.dim === "rep")
      .map(row)
      .sort((a, b) => (a.label ?? "\uffff").localeCompare(b.label ?? "\uffff")),
    byChannel: rows
      .filter((r) => r.dim === "channel")
      .map(row)
      .sort((a, b) => b.measured - a.measured),
    // width_bucket counts the edges at or before the day: bucket i is the week that starts at edge i − 1.
    byWeek: rows
      .filter((r) => r.dim === "week" && r.week)
      .map((r) => {
        const start = weeks[r.week! - 1].date;
        return { ...row(r), weekStart: start, isoWeek: isoWeekNumber(start) };
      })
      .sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
    breachingNow: breaching[0]?.n ?? 0,
  };
}
