import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { FunnelStage } from "@/lib/lead-stages";
import { funnelSteps, rate, type FunnelStep } from "@/lib/kpi/compute";
import { addDays } from "@/lib/kpi/date-range";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import {
  countWithin,
  histogramPercentile,
  RESPONSE_BUCKETS,
  STAGE_TIME_BOUNDS,
  STAGE_TIME_BUCKETS,
} from "@/lib/kpi/response-histogram";
import { AnalyticsAccessError, dashboardLeadSql } from "@/server/access/dashboard";
import { assertStaff } from "@/server/access/staff";
import { dayLevel, leadDays, leadCountSql, sumSlots, windowSlot } from "./lead-days";

export type FunnelRow = FunnelStep & {
  /** Leads lost from this stage within the conversion window. */
  lost: number;
  /** Median minutes from creation to reaching the stage, where the model records it. */
  medianMinutes: number | null;
};

export type JourneyFunnel = {
  total: number;
  rows: FunnelRow[];
  overallConversion: number | null;
  /** Leads younger than the conversion window: their outcome can still change. */
  maturing: number;
  conversionWindowDays: number;
};

type Raw = {
  leads: number;
  open: number[];
  /** By the stage lost from: every lost lead, and those lost within the conversion window. */
  lost: number[];
  lostInWindow: number[];
  won: number[];
  qualified: number[];
  proposal: number[];
  response: number[];
  responseMax: number | null;
};

/**
 * Journey funnel: leads created in the range by the furthest stage they reached,
 * with the outcome counted up to N days after creation. Read from the per-day
 * rows (LeadDayStat, see lead-days.ts): open leads per stage, lost leads by the
 * furthest stage they reached, and histograms of the minutes from creation to
 * winning and to the current stage. A lead won later than N days after its
 * creation counts as reaching PROPOSAL; N is a histogram bound, so that split is
 * exact. Medians come from the histograms (lib/kpi/response-histogram.ts).
 *
 * A lost lead counts at the stage it was lost from (Lead.lostFromStage), and as
 * lost only when it was lost within the window, like a win: lost later, it was
 * still open at that stage when the window ended (lib/kpi/day-rows-sql.ts).
 */
export async function getJourneyFunnel(
  db: PrismaClient,
  session: AppSession,
  f: DashboardFilters,
  now: Date,
): Promise<JourneyFunnel> {
  assertStaff(session, AnalyticsAccessError);
  const scope = dashboardLeadSql(session, f);
  const level = dayLevel(session, f);
  const windowStart = new Date(Math.max(f.from.getTime(), addDays(now, -f.conversionWindowDays).getTime()));
  const days = await leadDays(db, f, level);
  const [[raw], [young]] = await Promise.all([
    db.$queryRaw<Raw[]>`
      SELECT coalesce(sum(l.leads), 0)::int AS leads, ${sumSlots("openStages", 4)} AS open, ${sumSlots("lostFurthest", 4)} AS lost, ${sumSlots("lostFurthest", 4, 4 + windowSlot(f) * 4)} AS "lostInWindow",
        ${sumSlots("wonMinutes", STAGE_TIME_BUCKETS)} AS won, ${sumSlots("qualifiedMinutes", STAGE_TIME_BUCKETS)} AS qualified,
        ${sumSlots("proposalMinutes", STAGE_TIME_BUCKETS)} AS proposal,
        ${sumSlots("responseBuckets", RESPONSE_BUCKETS)} AS response, max(l."responseMax") AS "responseMax"
      FROM ${days} l
      WHERE ${scope}`,
    // Younger than the conversion window: their outcome can still change.
    windowStart < f.to
      ? db.$queryRaw<
          { n: number }[]
        >`SELECT ${leadCountSql({ from: windowStart, to: f.to, endsNow: f.endsNow }, level, scope)} AS n`
      : Promise.resolve([{ n: 0 }]),
  ]);
  const windowMinutes = f.conversionWindowDays * 1440;
  const inWindow = (counts: number[]) =>
    counts.map((c, k) => (k < STAGE_TIME_BOUNDS.length && STAGE_TIME_BOUNDS[k] <= windowMinutes ? c : 0));
  const wonInWindow = countWithin(raw.won, windowMinutes, STAGE_TIME_BOUNDS);
  const wonLater = raw.won.reduce((n, c) => n + c, 0) - wonInWindow;
  const furthest: Record<FunnelStage, number> = {
    NEW: raw.open[0] + raw.lost[0],
    CONTACTED: raw.open[1] + raw.lost[1],
    QUALIFIED: raw.open[2] + raw.lost[2],
    PROPOSAL: raw.open[3] + raw.lost[3] + wonLater,
    WON: wonInWindow,
  };
  const median = (counts: number[]) => histogramPercentile(counts, 0.5, null, STAGE_TIME_BOUNDS);
  const medians = [
    0,
    histogramPercentile(raw.response, 0.5, raw.responseMax),
    median(raw.qualified),
    median(raw.proposal),
    median(inWindow(raw.won)),
  ];
  const steps = funnelSteps(furthest);
  const total = steps[0].reached;
  return {
    total,
    rows: steps.map((step, i) => ({ ...step, lost: i < 4 ? raw.lostInWindow[i] : 0, medianMinutes: medians[i] })),
    overallConversion: rate(furthest.WON, total),
    maturing: young.n,
    conversionWindowDays: f.conversionWindowDays,
  };
}

export const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
