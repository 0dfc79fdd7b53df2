import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Currency } from "@/generated/prisma/enums";
import { OPEN_STAGES } from "@/lib/kpi/definitions";
import { pipelineVelocity, rate } from "@/lib/kpi/compute";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { assertStaff, leadScopeSql, ts } from "./access";

export type OpenStage = (typeof OPEN_STAGES)[number];
export type Money = { currency: Currency; minor: number };

export type PipelineStageRow = { stage: OpenStage; leads: number; value: Money[] };

export type Pipeline = {
  byStage: PipelineStageRow[];
  openLeads: number;
  value: Money[];
  /** Expected won value per day, per currency (KPIS.pipelineVelocity). */
  velocity: { currency: Currency; perDayMinor: number | null; winRate: number | null; avgWonMinor: number | null; avgDaysToClose: number | null; openLeads: number }[];
  stale: number;
  staleAfterDays: number;
  /** Open leads past NEW, and those with a follow-up planned in the future. */
  followUpDue: number;
  followUpPlanned: number;
  followUpCompliance: number | null;
};

type Raw = {
  stage: string; currency: Currency; open: number; value: number; stale: number; past_new: number; planned: number;
  won: number; lost: number; won_value: number; won_days: number;
};

/**
 * The open pipeline now, and velocity from the leads closed in the range. One
 * pass over open and recently closed leads; money stays in each lead's own
 * currency (the customer's), never summed across currencies.
 */
export async function getPipeline(db: PrismaClient, session: AppSession, f: DashboardFilters, now: Date): Promise<Pipeline> {
  assertStaff(session);
  const rows = await db.$queryRaw<Raw[]>`
    SELECT l.stage::text AS stage, c.currency::text AS currency,
      count(*) FILTER (WHERE l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL'))::int AS open,
      coalesce(sum(l."valueMinor") FILTER (WHERE l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL')), 0)::float8 AS value,
      count(*) FILTER (WHERE l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL')
        AND l."lastActivityAt" < ${ts(now)} - make_interval(days => ${f.staleAfterDays}::int))::int AS stale,
      count(*) FILTER (WHERE l.stage IN ('CONTACTED', 'QUALIFIED', 'PROPOSAL'))::int AS past_new,
      count(*) FILTER (WHERE l.stage IN ('CONTACTED', 'QUALIFIED', 'PROPOSAL') AND l."nextFollowUpAt" > ${ts(now)})::int AS planned,
      count(*) FILTER (WHERE l.stage = 'WON')::int AS won,
      count(*) FILTER (WHERE l.stage = 'LOST')::int AS lost,
      coalesce(sum(l."valueMinor") FILTER (WHERE l.stage = 'WON'), 0)::float8 AS won_value,
      coalesce(sum(date_part('epoch', l."closedAt" - l."createdAt") / 86400) FILTER (WHERE l.stage = 'WON'), 0)::float8 AS won_days
    FROM "Lead" l JOIN "Customer" c ON c.id = l."customerId"
    WHERE (l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL')
        OR (l.stage IN ('WON', 'LOST') AND l."closedAt" >= ${ts(f.from)} AND l."closedAt" < ${ts(f.to)}))
      AND ${leadScopeSql(session, f)}
    GROUP BY l.stage, c.currency`;

  const currencies = [...new Set(rows.map((r) => r.currency))].sort((a, b) => (a === "NOK" ? -1 : b === "NOK" ? 1 : a.localeCompare(b)));
  const sumBy = (pick: (r: Raw) => number, where: (r: Raw) => boolean) => rows.filter(where).reduce((n, r) => n + pick(r), 0);
  const money = (where: (r: Raw) => boolean): Money[] =>
    currencies.map((currency) => ({ currency, minor: sumBy((r) => r.value, (r) => r.currency === currency && where(r)) }))
      .filter((m) => m.minor > 0);
  const isOpen = (r: Raw) => (OPEN_STAGES as readonly string[]).includes(r.stage);
  const openLeads = sumBy((r) => r.open, isOpen);
  const followUpDue = sumBy((r) => r.past_new, isOpen);
  const followUpPlanned = sumBy((r) => r.planned, isOpen);
  return {
    byStage: OPEN_STAGES.map((stage) => ({ stage, leads: sumBy((r) => r.open, (r) => r.stage === stage), value: money((r) => r.stage === stage) })),
    openLeads,
    value: money(isOpen),
    velocity: currencies.map((currency) => {
      const mine = (r: Raw) => r.currency === currency;
      const v = {
        openLeads: sumBy((r) => r.open, (r) => mine(r) && isOpen(r)),
        won: sumBy((r) => r.won, mine), lost: sumBy((r) => r.lost, mine),
        wonValueMinor: sumBy((r) => r.won_value, mine), wonDaysToClose: sumBy((r) => r.won_days, mine),
      };
      return {
        currency, perDayMinor: pipelineVelocity(v), openLeads: v.openLeads, winRate: rate(v.won, v.won + v.lost),
        avgWonMinor: v.won ? v.wonValueMinor / v.won : null, avgDaysToClose: v.won ? v.wonDaysToClose / v.won : null,
      };
    }).filter((v) => v.openLeads > 0),
    stale: sumBy((r) => r.stale, isOpen),
    staleAfterDays: f.staleAfterDays,
    followUpDue,
    followUpPlanned,
    followUpCompliance: rate(followUpPlanned, followUpDue),
  };
}
