import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { Channel, TouchpointOwner } from "@/generated/prisma/enums";
import { KPI_DEFAULTS } from "@/lib/kpi/definitions";
import { rate } from "@/lib/kpi/compute";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { STAGE_TIME_BOUNDS } from "@/lib/kpi/response-histogram";
import { assertStaff, leadScopeSql, ts, type StaffSession } from "./access";
import { dayLevel, leadDaysSql, type Dimension } from "./lead-days";

export type SourceRow = {
  /** Channel name, campaign id, or null for "no campaign". */
  key: string | null;
  label: string | null;
  leads: number;
  won: number;
  lost: number;
  winRate: number | null;
  leadToCustomer: number | null;
};

export type AttributionRow = { key: string | null; firstTouch: number; lastTouch: number };

export type SourceConversion = {
  total: SourceRow;
  byChannel: SourceRow[];
  byCampaign: SourceRow[];
  attribution: { byChannel: AttributionRow[]; byOwner: AttributionRow[]; wins: number };
};

type RawSource = { dim: "channel" | "campaign" | "total"; key: string | null; label: string | null; leads: number; won: number; lost: number };
type RawTouch = { dim: "channel" | "owner"; key: Channel | TouchpointOwner | null; first: number; last: number };

/** Conversion by source (cohort by createdAt) and first- vs last-touch attribution of the wins. */
export async function getSourceConversion(db: PrismaClient, session: AppSession, f: DashboardFilters): Promise<SourceConversion> {
  assertStaff(session);
  const [sources, touches] = await Promise.all([
    db.$queryRaw<RawSource[]>(sourcesSql(session, f)),
    db.$queryRaw<RawTouch[]>(attributionSql(session, f)),
  ]);
  const row = (r: RawSource): SourceRow => ({
    key: r.key, label: r.label, leads: r.leads, won: r.won, lost: r.lost,
    winRate: rate(r.won, r.won + r.lost), leadToCustomer: rate(r.won, r.leads),
  });
  const byLeads = (a: SourceRow, b: SourceRow) => b.leads - a.leads || String(a.label ?? a.key).localeCompare(String(b.label ?? b.key));
  const total = sources.find((r) => r.dim === "total");
  const touch = (dim: RawTouch["dim"]) => touches.filter((t) => t.dim === dim).map(({ key, first, last }) => ({ key, firstTouch: first, lastTouch: last }))
    .sort((a, b) => b.firstTouch + b.lastTouch - (a.firstTouch + a.lastTouch));
  return {
    total: row(total ?? { dim: "total", key: null, label: null, leads: 0, won: 0, lost: 0 }),
    byChannel: sources.filter((r) => r.dim === "channel").map(row).sort(byLeads),
    byCampaign: sources.filter((r) => r.dim === "campaign").map(row).sort(byLeads),
    attribution: { byChannel: touch("channel"), byOwner: touch("owner"), wins: touch("channel").reduce((n, r) => n + r.firstTouch, 0) },
  };
}

const cohortSql = (session: StaffSession, f: DashboardFilters) =>
  Prisma.sql`l."createdAt" >= ${ts(f.from)} AND l."createdAt" < ${ts(f.to)} AND ${leadScopeSql(session, f)}`;
// Days of 24 hours, as the day rows count them (not calendar days, which DST stretches).
const inWindow = (f: DashboardFilters) =>
  Prisma.sql`l."closedAt" <= l."createdAt" + make_interval(mins => ${f.conversionWindowDays * 1440}::int)`;

/** Won and lost within the window, per day row: the stage-time buckets up to the window (a bound). */
function decidedInWindow(column: "wonMinutes" | "lostMinutes", f: DashboardFilters): Prisma.Sql {
  const last = STAGE_TIME_BOUNDS.indexOf(f.conversionWindowDays * 1440 as (typeof STAGE_TIME_BOUNDS)[number]);
  if (last === -1) throw new Error(`a ${f.conversionWindowDays}-day window is not a stage-time bound`);
  return Prisma.raw(Array.from({ length: last + 1 }, (_, k) => `l."${column}"[${k + 1}]`).join(" + "));
}

function sourcesSql(session: StaffSession, f: DashboardFilters): Prisma.Sql {
  // From the per-day rows (lead-days.ts), each breakdown from the coarsest level that has it.
  // Campaign names are joined to the dozen result rows.
  const scope = leadScopeSql(session, f);
  const by = (dim: string, key: Prisma.Sql | null, groupBy?: Dimension) => Prisma.sql`
    SELECT ${dim} AS dim, ${key ?? Prisma.sql`NULL`}::text AS key, coalesce(sum(l.leads), 0)::int AS leads,
      coalesce(sum(${decidedInWindow("wonMinutes", f)}), 0)::int AS won,
      coalesce(sum(${decidedInWindow("lostMinutes", f)}), 0)::int AS lost
    FROM ${leadDaysSql(f, dayLevel(session, f, groupBy))} l
    WHERE ${scope}
    ${key ? Prisma.sql`GROUP BY ${key}` : Prisma.empty}`;
  return Prisma.sql`
    SELECT g.dim, g.key, c.name AS label, g.leads, g.won, g.lost FROM (
      ${by("channel", Prisma.sql`l."sourceChannel"`, "channel")}
      UNION ALL ${by("campaign", Prisma.sql`l."campaignId"`, "campaign")}
      UNION ALL ${by("total", null)}
    ) g LEFT JOIN "Campaign" c ON g.dim = 'campaign' AND c.id::text = g.key`;
}

/**
 * For each lead won within the window: its earliest and latest inbound touchpoint
 * from the look-back before creation up to the win, read in one index range scan
 * per won lead on Touchpoint(leadId, occurredAt). The won leads are first counted
 * by their (first, last) pair, so the unpivot into rows works on a few dozen groups.
 */
function attributionSql(session: StaffSession, f: DashboardFilters): Prisma.Sql {
  const lookback = Prisma.sql`make_interval(days => ${KPI_DEFAULTS.attributionLookbackDays}::int)`;
  const first = (col: string) => Prisma.raw(`(array_agg(t.${col} ORDER BY t."occurredAt" ASC))[1]`);
  const last = (col: string) => Prisma.raw(`(array_agg(t.${col} ORDER BY t."occurredAt" DESC))[1]`);
  return Prisma.sql`
    WITH won AS (
      SELECT l.id, l."createdAt", l."closedAt" FROM "Lead" l
      WHERE ${cohortSql(session, f)} AND l.stage = 'WON' AND ${inWindow(f)}
    ), pairs AS (
      SELECT a.fc, a.fo, a.lc, a.lo, count(*)::int AS n
      FROM won w
      LEFT JOIN LATERAL (
        SELECT ${first("channel")} AS fc, ${first("owner")} AS fo, ${last("channel")} AS lc, ${last("owner")} AS lo
        FROM "Touchpoint" t
        WHERE t."leadId" = w.id AND t.direction = 'INBOUND' AND t."occurredAt" >= w."createdAt" - ${lookback} AND t."occurredAt" <= w."closedAt"
      ) a ON TRUE
      GROUP BY 1, 2, 3, 4
    )
    SELECT v.dim, v.key, sum(v.first * p.n)::int AS first, sum(v.last * p.n)::int AS last
    FROM pairs p
    CROSS JOIN LATERAL (VALUES
      ('channel', p.fc::text, 1, 0), ('channel', p.lc::text, 0, 1), ('owner', p.fo::text, 1, 0), ('owner', p.lo::text, 0, 1)
    ) AS v(dim, key, first, last)
    GROUP BY v.dim, v.key`;
}
