import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { rate } from "@/lib/kpi/compute";
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

export type WeekRow = SpeedRow & { weekStart: string; isoWeek: string };

export type SpeedToLead = {
  total: SpeedRow;
  byRep: SpeedRow[];
  byChannel: SpeedRow[];
  byWeek: WeekRow[];
  breachingNow: number;
};

type Raw = {
  dim: "rep" | "channel" | "week" | "total"; key: string | null; label: string | null; week_start: string | null; iso_week: string | null;
  answered: number; median: number | null; p90: number | null; measured: number; within: number;
};

const SLA_VALUES = Prisma.join(
  Object.entries(DEFAULT_SLA_MINUTES).map(([channel, minutes]) => Prisma.sql`(${channel}, ${minutes}::int)`),
);

/**
 * Speed to lead over the leads created in the range: first-response percentiles
 * (business minutes) by rep, channel and ISO week, and the SLA hit rate; plus
 * the open leads breaching their SLA now. Weeks follow the reader's time zone.
 */
export async function getSpeedToLead(db: PrismaClient, session: AppSession, f: DashboardFilters, now: Date): Promise<SpeedToLead> {
  assertStaff(session);
  const scope = leadScopeSql(session, f);
  const [rows, breaching] = await Promise.all([
    db.$queryRaw<Raw[]>`
      SELECT CASE WHEN GROUPING(l."ownerId") = 0 THEN 'rep' WHEN GROUPING(l."sourceChannel") = 0 THEN 'channel'
                  WHEN GROUPING(l.week) = 0 THEN 'week' ELSE 'total' END AS dim,
        coalesce(l."ownerId"::text, l."sourceChannel"::text) AS key,
        CASE WHEN GROUPING(l."ownerId") = 0 THEN min(u.name) END AS label,
        to_char(l.week, 'YYYY-MM-DD') AS week_start, to_char(l.week, 'IYYY-"W"IW') AS iso_week,
        count(l."firstResponseMinutes")::int AS answered,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY l."firstResponseMinutes") AS median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY l."firstResponseMinutes") AS p90,
        count(*) FILTER (WHERE l."firstResponseMinutes" IS NOT NULL OR l.stage IN ('WON', 'LOST') OR l."slaDueAt" <= ${ts(now)})::int AS measured,
        count(*) FILTER (WHERE l."firstResponseMinutes" <= sla.minutes)::int AS within
      FROM (
        SELECT l."ownerId", l."sourceChannel", l.stage, l."firstResponseMinutes", l."slaDueAt",
          date_trunc('week', l."createdAt" AT TIME ZONE ${session.timeZone}) AS week
        FROM "Lead" l
        WHERE l."createdAt" >= ${ts(f.from)} AND l."createdAt" < ${ts(f.to)} AND ${scope}
      ) l
      JOIN (VALUES ${SLA_VALUES}) AS sla(channel, minutes) ON sla.channel = l."sourceChannel"::text
      LEFT JOIN "User" u ON u.id = l."ownerId"
      GROUP BY GROUPING SETS ((l."ownerId"), (l."sourceChannel"), (l.week), ())`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Lead" l
      WHERE l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL') AND l."slaDueAt" < ${ts(now)} AND ${scope}`,
  ]);
  const row = (r: Raw): SpeedRow => ({
    key: r.key, label: r.label, answered: r.answered, medianMinutes: toNumber(r.median), p90Minutes: toNumber(r.p90),
    measured: r.measured, withinSla: r.within, withinSlaShare: rate(r.within, r.measured),
  });
  const total = rows.find((r) => r.dim === "total");
  return {
    total: total ? row(total) : { key: null, label: null, answered: 0, medianMinutes: null, p90Minutes: null, measured: 0, withinSla: 0, withinSlaShare: null },
    byRep: rows.filter((r) => r.dim === "rep").map(row).sort((a, b) => (a.label ?? "\uffff").localeCompare(b.label ?? "\uffff")),
    byChannel: rows.filter((r) => r.dim === "channel").map(row).sort((a, b) => b.measured - a.measured),
    byWeek: rows.filter((r) => r.dim === "week").map((r) => ({ ...row(r), weekStart: r.week_start!, isoWeek: r.iso_week! }))
      .sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
    breachingNow: breaching[0]?.n ?? 0,
  };
}
