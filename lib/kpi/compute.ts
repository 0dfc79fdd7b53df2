// Pure arithmetic on the aggregates the database returns. Rates are null when
// there is nothing to divide by, so the UI can say "no data" instead of "0 %".

import { FUNNEL_STAGES, type FunnelStage } from "@/lib/lead-stages";

export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

export type FunnelStep = {
  stage: FunnelStage;
  reached: number;
  /** reached ÷ reached at the previous stage; null for the first stage or when that is 0. */
  stepConversion: number | null;
  /** 1 − stepConversion. */
  dropOff: number | null;
  /** reached ÷ all leads in the cohort. */
  ofCohort: number | null;
};

/** Step conversion and drop-off from the count of leads whose furthest stage is each stage. */
export function funnelSteps(furthest: Record<FunnelStage, number>): FunnelStep[] {
  const total = FUNNEL_STAGES.reduce((sum, stage) => sum + furthest[stage], 0);
  let atOrBeyond = total;
  let previous: number | null = null;
  return FUNNEL_STAGES.map((stage) => {
    const reached = atOrBeyond;
    atOrBeyond -= furthest[stage];
    const stepConversion = previous === null ? null : rate(reached, previous);
    previous = reached;
    return {
      stage,
      reached,
      stepConversion,
      dropOff: stepConversion === null ? null : 1 - stepConversion,
      ofCohort: rate(reached, total),
    };
  });
}

export type VelocityInput = {
  openLeads: number;
  won: number;
  lost: number;
  /** Sum of valueMinor over the won leads. */
  wonValueMinor: number;
  /** Sum of (closedAt − createdAt) in days over the won leads. */
  wonDaysToClose: number;
};

/**
 * Pipeline velocity in minor units per day:
 * open leads × win rate × average won value ÷ average days to close.
 * Null when there is no closed history to estimate from.
 */
export function pipelineVelocity(v: VelocityInput): number | null {
  const winRate = rate(v.won, v.won + v.lost);
  if (winRate === null || v.won === 0) return null;
  const avgValue = v.wonValueMinor / v.won;
  // A lead won the same hour it came in still takes part of a day.
  const avgDays = Math.max(v.wonDaysToClose / v.won, 1 / 24);
  return (v.openLeads * winRate * avgValue) / avgDays;
}
