import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { rate } from "@/lib/kpi/compute";
import { isoWeekNumber, weekStarts } from "@/lib/kpi/date-range";
import type { DashboardFilters } from "@/lib/kpi/filters";
import { DEFAULT_SLA_MINUTES } from "@/lib/sla";
import type { AppSession } from "@/server/auth/session";
import { assertStaff, leadScopeSql, ts } from "./access";
import { toNumber } from "./funnel";

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
  dim: "rep" | "channel" | "week" | "total"; key: string | null; label: string | null; week: number | null;
  answered: number; pct: (number | null)[] | null; measured: number; within: number;
};

/** The SLA of the lead's source channel, as one CASE: cheaper per row than a join. */
const SLA_MINUTES_SQL = Prisma.sql`CASE l."sourceChannel" ${Prisma.join(
  Object.entries(DEFAULT_SLA_MINUTES).map(([channel, minutes]) => Prisma.sql`WHEN ${channel}::"Channel" THEN ${minutes}::int`), " ",
)} END`;

/**
 * Speed to lead over the leads created in the range: first-response percentiles
 * (business minutes) by rep, channel and ISO week, and the SLA hit rate; plus
 * the open leads breaching their SLA now. Weeks start on Monday in the reader's
 * time zone; their edges are computed here and the database only looks them up.
 */
export async function getSpeedToLead(db: PrismaClient, session: AppSession, f: DashboardFilters, now: Date): Promise<SpeedToLead> {
  assertStaff(session);
  const scope = leadScopeSql(session, f);
  const weeks = weekStarts(f.from, f.to, session.timeZone);
  const edges = Prisma.sql`ARRAY[${Prisma.join(weeks.map((w) => ts(w.at)))}]::timestamptz[]`;
  const [rows, breaching] = await Promise.all([
    db.$queryRaw<Raw[]>`
      SELECT g.*, u.name AS label FROM (
        SELECT CASE WHEN GROUPING(l."ownerId") = 0 THEN 'rep' WHEN GROUPING(l."sourceChannel") = 0 THEN 'channel'
                    WHEN GROUPING(l.week) = 0 THEN 'week' ELSE 'total' END AS dim,
          coalesce(l."ownerId"::text, l."sourceChannel"::text) AS key, l.week,
          count(l.minutes)::int AS answered,
          -- Both percentiles from one sort per group.
          percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY l.minutes) AS pct,
          count(*) FILTER (WHERE l.measured)::int AS measured,
          count(*) FILTER (WHERE l.minutes <= l.sla)::int AS within
        FROM (
          SELECT l."ownerId", l."sourceChannel", l."firstResponseMinutes" AS minutes, ${SLA_MINUTES_SQL} AS sla,
            (l."firstResponseMinutes" IS NOT NULL OR l.stage IN ('WON', 'LOST') OR l."slaDueAt" <= ${ts(now)}) AS measured,
            width_bucket(l."createdAt", ${edges}) AS week
          FROM "Lead" l
          WHERE l."createdAt" >= ${ts(f.from)} AND l."createdAt" < ${ts(f.to)} AND ${scope}
        ) l
        GROUP BY GROUPING SETS ((l."ownerId"), (l."sourceChannel"), (l.week), ())
      ) g LEFT JOIN "User" u ON g.dim = 'rep' AND u.id::text = g.key`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Lead" l
      WHERE l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL') AND l."slaDueAt" < ${ts(now)} AND ${scope}`,
  ]);
  const row = (r: Raw): SpeedRow => ({
    key: r.key, label: r.label, answered: r.answered, medianMinutes: toNumber(r.pct?.[0]), p90Minutes: toNumber(r.pct?.[1]),
    measured: r.measured, withinSla: r.within, withinSlaShare: rate(r.within, r.measured),
  });
  const total = rows.find((r) => r.dim === "total");
  return {
    total: total ? row(total) : { key: null, label: null, answered: 0, medianMinutes: null, p90Minutes: null, measured: 0, withinSla: 0, withinSlaShare: null },
    byRep: rows.filter((r) => r.dim === "rep").map(row).sort((a, b) => (a.label ?? "\uffff").localeCompare(b.label ?? "\uffff")),
    byChannel: rows.filter((r) => r.dim === "channel").map(row).sort((a, b) => b.measured - a.measured),
    // width_bucket counts the edges at or before the lead: bucket i is the week that starts at edge i − 1.
    byWeek: rows.filter((r) => r.dim === "week" && r.week).map((r) => {
      const start = weeks[r.week! - 1].date;
      return { ...row(r), weekStart: start, isoWeek: isoWeekNumber(start) };
    }).sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
    breachingNow: breaching[0]?.n ?? 0,
  };
}
