import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { Currency } from "@/generated/prisma/enums";
import { OPEN_STAGES } from "@/lib/lead-stages";
import { pipelineVelocity, rate } from "@/lib/kpi/compute";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { AnalyticsAccessError, dashboardLeadSql } from "@/server/access/dashboard";
import { assertStaff } from "@/server/access/staff";
import { ts, type PeriodOnly } from "./timestamps";
import { dayLevel, leadDays, sumSlots, windowSlot } from "./lead-days";
import { openStageSql } from "@/server/leads/open-stage-sql";

export type OpenStage = (typeof OPEN_STAGES)[number];
export type Money = { currency: Currency; minor: number };

export type PipelineStageRow = { stage: OpenStage; leads: number; value: Money[] };

export type Pipeline = {
  byStage: PipelineStageRow[];
  openLeads: number;
  value: Money[];
  /** Expected won value per day, per currency (KPIS.pipelineVelocity). */
  velocity: {
    currency: Currency;
    perDayMinor: number | null;
    winRate: number | null;
    avgWonMinor: number | null;
    avgDaysToClose: number | null;
    openLeads: number;
  }[];
  stale: number;
  staleAfterDays: number;
  /** Open leads past NEW, and those with a follow-up planned in the future. */
  followUpDue: number;
  followUpPlanned: number;
  followUpCompliance: number | null;
};

type Raw = {
  openCount: number[];
  openValue: number[];
  wonCount: number[];
  lostCount: number[];
  wonValue: number[];
  wonSeconds: number[];
};

const CURRENCIES = Object.values(Currency);

/**
 * No activity since this instant is stale: N days of 24 hours before now (as the database's UTC
 * sessions subtract an interval of days). A literal, not "now - interval" in SQL: the planner can
 * estimate a constant, and then reads the few stale leads from Lead_open_activity_idx instead of
 * every open lead (100k customers: 9k of 62k open leads, 50 → 6 ms).
 */
export function staleBefore(now: Date, staleAfterDays: number): Date {
  return new Date(now.getTime() - staleAfterDays * 86_400_000);
}

/**
 * The open pipeline now, and velocity from the leads created in the range. Money
 * stays in each lead's own currency (the customer's), never summed across
 * currencies. Counts and values come from the per-day rows (LeadDayStat): open
 * leads of any age from every day's row, and the wins and losses within the
 * conversion window from the range's rows. Only what depends on the clock —
 * stale leads and follow-ups planned after now — is counted from the leads,
 * each on an index of open leads.
 */
export async function getPipeline(
  db: PrismaClient,
  session: AppSession,
  f: DashboardFilters,
  now: Date,
  { periodOnly = false }: PeriodOnly = {},
): Promise<Pipeline> {
  assertStaff(session, AnalyticsAccessError);
  const scope = dashboardLeadSql(session, f);
  const level = dayLevel(session, f);
  const n = CURRENCIES.length;
  const w = windowSlot(f);
  const none = Promise.resolve([{ n: 0 }]);
  const [allDays, days] = await Promise.all([leadDays(db, "all time", level), leadDays(db, f, level)]);
  const [[open], [closed], [stale], [planned]] = await Promise.all([
    db.$queryRaw<Pick<Raw, "openCount" | "openValue">[]>`
      SELECT ${sumSlots("openCount", OPEN_STAGES.length * n)} AS "openCount", ${sumSlots("openValue", OPEN_STAGES.length * n, 0, "float8")} AS "openValue"
      FROM ${allDays} l WHERE ${scope}`,
    db.$queryRaw<Omit<Raw, "openCount" | "openValue">[]>`
      SELECT ${sumSlots("wonCount", n, w * n)} AS "wonCount", ${sumSlots("lostCount", n, w * n)} AS "lostCount",
        ${sumSlots("wonValue", n, w * n, "float8")} AS "wonValue", ${sumSlots("wonSeconds", n, w * n, "float8")} AS "wonSeconds"
      FROM ${days} l WHERE ${scope}`,
    periodOnly
      ? none
      : db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Lead" l
      WHERE ${openStageSql("l")} AND l."lastActivityAt" < ${ts(staleBefore(now, f.staleAfterDays))} AND ${scope}`,
    periodOnly
      ? none
      : db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Lead" l
      WHERE l.stage IN ('CONTACTED', 'QUALIFIED', 'PROPOSAL') AND l."nextFollowUpAt" > ${ts(now)} AND ${scope}`,
  ]);
  const openAt = (stage: number, currency: number) => ({
    count: open.openCount[stage * n + currency],
    minor: Number(open.openValue[stage * n + currency]),
  });
  const present = CURRENCIES.map((currency, c) => ({ currency, c }))
    .filter(
      ({ c }) => OPEN_STAGES.some((_, st) => openAt(st, c).count > 0) || closed.wonCount[c] + closed.lostCount[c] > 0,
    )
    .sort((a, b) => (a.currency === "NOK" ? -1 : b.currency === "NOK" ? 1 : a.currency.localeCompare(b.currency)));
  const money = (stages: number[]): Money[] =>
    present
      .map(({ currency, c }) => ({ currency, minor: stages.reduce((sum, st) => sum + openAt(st, c).minor, 0) }))
      .filter((m) => m.minor > 0);
  const allStages = OPEN_STAGES.map((_, st) => st);
  const openCount = (stages: number[], currencies = CURRENCIES.map((_, c) => c)) =>
    stages.reduce((sum, st) => sum + currencies.reduce((s2, c) => s2 + openAt(st, c).count, 0), 0);
  const followUpDue = openCount([1, 2, 3]);
  const followUpPlanned = planned.n;
  return {
    byStage: OPEN_STAGES.map((stage, st) => ({ stage, leads: openCount([st]), value: money([st]) })),
    openLeads: openCount(allStages),
    value: money(allStages),
    velocity: present
      .map(({ currency, c }) => {
        const won = closed.wonCount[c];
        const v = {
          openLeads: openCount(allStages, [c]),
          won,
          lost: closed.lostCount[c],
          wonValueMinor: Number(closed.wonValue[c]),
          wonDaysToClose: Number(closed.wonSeconds[c]) / 86_400,
        };
        return {
          currency,
          perDayMinor: pipelineVelocity(v),
          openLeads: v.openLeads,
          winRate: rate(v.won, v.won + v.lost),
          avgWonMinor: won ? v.wonValueMinor / won : null,
          avgDaysToClose: won ? v.wonDaysToClose / won : null,
        };
      })
      .filter((v) => v.openLeads > 0),
    stale: stale.n,
    staleAfterDays: f.staleAfterDays,
    followUpDue,
    followUpPlanned,
    followUpCompliance: rate(followUpPlanned, followUpDue),
  };
}
