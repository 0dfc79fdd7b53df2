import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { Currency } from "@/generated/prisma/enums";
import { KPI_DEFAULTS } from "@/lib/kpi/definitions";
import { localIsoDate, startOfLocalDay } from "@/lib/kpi/date-range";
import type { DashboardFilters } from "@/lib/kpi/filters";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import { STAGE_TIME_BOUNDS } from "@/lib/kpi/response-histogram";
import { nextMonth } from "@/lib/goals";
import { dashboardOwnerSql } from "@/server/access/dashboard";
import type { StaffSession } from "@/server/access/staff";
import { leadDays, NO_KEY, sumSlots, windowSlot } from "@/server/analytics/lead-days";

// A month's actuals for every rep at once, counted exactly as the dashboard counts them (its day
// rows, its owner rule, its conversion window): "answered within SLA" is the speed card's withinSla,
// "won deals" the sources card's won, "won value" the pipeline's won value, for leads created in the
// month. One query per month rather than one dashboard call per rep and team: goals.test.ts checks
// the figures equal getSpeedToLead's and getSourceConversion's for a rep and for a team.

export type OwnerActuals = { answeredWithinSla: number; wonDeals: number; wonValueMinor: Record<Currency, number> };

const CURRENCIES = Object.values(Currency);

/** The month "YYYY-MM" as dashboard filters, up to now at the latest; null for a month not begun. */
export function monthFilters(
  month: string,
  now: Date,
  conversionWindowDays: number = KPI_DEFAULTS.conversionWindowDays,
): DashboardFilters | null {
  const from = startOfLocalDay(`${month}-01`, REPORTING_TIME_ZONE);
  const end = startOfLocalDay(`${nextMonth(month)}-01`, REPORTING_TIME_ZONE);
  if (from >= now) return null;
  return periodFilters(from, end > now ? now : end, now, conversionWindowDays);
}

/** [from, to) as the dashboard's filters (no team, rep, channel or campaign), as a custom range reads. */
export function periodFilters(
  from: Date,
  to: Date,
  now: Date,
  conversionWindowDays: number = KPI_DEFAULTS.conversionWindowDays,
): DashboardFilters {
  return {
    range: "custom",
    from,
    to,
    endsNow: to.getTime() === now.getTime(),
    fromDate: localIsoDate(from, REPORTING_TIME_ZONE),
    toDate: localIsoDate(new Date(to.getTime() - 1), REPORTING_TIME_ZONE),
    conversionWindowDays,
    staleAfterDays: KPI_DEFAULTS.staleAfterDays,
    teamId: null,
    repId: null,
    channel: null,
    campaignId: null,
  };
}

/** Per owner id (a rep sees only themself: the dashboard's owner rule). */
export async function monthActualsByOwner(
  db: PrismaClient,
  session: StaffSession,
  f: DashboardFilters,
): Promise<Map<string, OwnerActuals>> {
  const last = STAGE_TIME_BOUNDS.indexOf((f.conversionWindowDays * 1440) as (typeof STAGE_TIME_BOUNDS)[number]);
  if (last === -1) throw new Error(`a ${f.conversionWindowDays}-day window is not a stage-time bound`);
  const wonInWindow = Prisma.raw(Array.from({ length: last + 1 }, (_, k) => `l."wonMinutes"[${k + 1}]`).join(" + "));
  const n = CURRENCIES.length;
  const days = await leadDays(db, f, 1);
  const rows = await db.$queryRaw<{ owner: string; within: number; won: number; value: number[] }[]>`
    SELECT l."ownerId"::text AS owner, coalesce(sum(l."withinSla"), 0)::int AS within,
      coalesce(sum(${wonInWindow}), 0)::int AS won, ${sumSlots("wonValue", n, windowSlot(f) * n, "float8")} AS value
    FROM ${days} l
    WHERE ${dashboardOwnerSql(session, f)} AND l."ownerId" <> ${NO_KEY}::uuid
    GROUP BY l."ownerId"`;
  return new Map(
    rows.map((r) => [
      r.owner,
      {
        answeredWithinSla: r.within,
        wonDeals: r.won,
        wonValueMinor: Object.fromEntries(CURRENCIES.map((c, i) => [c, Number(r.value[i])])) as Record<
          Currency,
          number
        >,
      },
    ]),
  );
}

/** Several owners' actuals added up: a team's is its members' (a lead counts for its owner's team). */
export function addActuals(parts: (OwnerActuals | undefined)[]): OwnerActuals {
  const sum: OwnerActuals = {
    answeredWithinSla: 0,
    wonDeals: 0,
    wonValueMinor: Object.fromEntries(CURRENCIES.map((c) => [c, 0])) as Record<Currency, number>,
  };
  for (const p of parts) {
    if (!p) continue;
    sum.answeredWithinSla += p.answeredWithinSla;
    sum.wonDeals += p.wonDeals;
    for (const c of CURRENCIES) sum.wonValueMinor[c] += p.wonValueMinor[c];
  }
  return sum;
}
