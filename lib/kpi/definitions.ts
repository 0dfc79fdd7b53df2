// The dashboard's KPIs, defined once. The cards' one-line definitions
// (messages/<locale>/dashboard.json, "kpi.<id>") and docs/kpis.md follow this
// module; lib/kpi/docs.test.ts fails when either drifts from it.

export const KPI_DEFAULTS = {
  /** Leads created in the window; their outcome counts up to this many days after creation. */
  conversionWindowDays: 90,
  /** An open lead with no activity for longer than this is stale. */
  staleAfterDays: 14,
  /** Attribution looks at the customer's inbound touchpoints from this long before the lead. */
  attributionLookbackDays: 90,
} as const;

export type KpiChart = "funnel" | "sources" | "speed" | "pipeline" | "afterPurchase";

export type KpiDefinition = {
  chart: KpiChart;
  name: string;
  numerator: string;
  /** null for counts, sums and durations. */
  denominator: string | null;
  window: string;
  formula?: string;
};

const COHORT =
  "Leads created in the selected date range; outcome counted up to N days after each lead was created (the conversion window, default 90).";
const NOW = "Right now; the date range does not apply.";

export const KPIS = {
  funnelReached: {
    chart: "funnel",
    name: "Reached stage",
    numerator:
      "Leads whose furthest stage reached is this stage or a later one (New → Contacted → Qualified → Proposal → Won). A lead won after the conversion window counts as reaching Proposal. A lost lead counts at the stage it was lost from, stored on the lead whenever it is lost; it counts as lost only when it was lost within the conversion window.",
    denominator: null,
    window: COHORT,
  },
  funnelStepConversion: {
    chart: "funnel",
    name: "Step conversion",
    numerator: "Leads that reached this stage.",
    denominator: "Leads that reached the previous stage.",
    window: COHORT,
    formula: "reached(stage) ÷ reached(previous stage); drop-off = 1 − step conversion",
  },
  funnelOverallConversion: {
    chart: "funnel",
    name: "Overall conversion",
    numerator: "Leads won within the conversion window.",
    denominator: "All leads created in the date range.",
    window: COHORT,
  },
  funnelMedianTime: {
    chart: "funnel",
    name: "Median time to stage",
    numerator:
      "Median time from the lead's creation to reaching the stage, read from a histogram (exact on a bucket's bound, otherwise within its bucket): Contacted = the first response in business minutes (as under speed to lead); Qualified and Proposal = when leads now at that stage reached it; Won = when leads won in the window were won.",
    denominator: null,
    window: COHORT,
  },
  sourceWinRate: {
    chart: "sources",
    name: "Win rate",
    numerator: "Leads won within the conversion window.",
    denominator: "Leads decided (won or lost) within the conversion window.",
    window: COHORT,
  },
  sourceLeadToCustomer: {
    chart: "sources",
    name: "Lead → customer",
    numerator: "Leads won within the conversion window (a won lead is an order).",
    denominator: "All leads created in the date range, open ones included.",
    window: COHORT,
  },
  attributionFirstTouch: {
    chart: "sources",
    name: "Wins by first touch",
    numerator:
      "Leads won within the conversion window, each credited to the channel and the owner (brand, partner, customer, social) of the earliest inbound touchpoint linked to the lead, from 90 days before it was created up to the moment it was won.",
    denominator: null,
    window: COHORT,
  },
  attributionLastTouch: {
    chart: "sources",
    name: "Wins by last touch",
    numerator:
      "The same won leads, each credited to the channel and the owner of the latest inbound touchpoint linked to the lead before it was won.",
    denominator: null,
    window: COHORT,
  },
  speedMedian: {
    chart: "speed",
    name: "Median first response",
    numerator:
      "Median first-response time (business minutes from the first inbound signal to the first human answer) over answered leads, read from a histogram: exact up to 6 minutes, otherwise within its bucket (for example 20–25 minutes).",
    denominator: null,
    window: "Leads created in the selected date range.",
  },
  speedP90: {
    chart: "speed",
    name: "90th percentile first response",
    numerator: "The first-response time that 90 % of answered leads beat, read from the same histogram.",
    denominator: null,
    window: "Leads created in the selected date range.",
  },
  speedWithinSla: {
    chart: "speed",
    name: "Answered within SLA",
    numerator:
      "Leads whose first-response time is at most the promise the lead carries: the response time Settings gave its source channel when its clock started (in business minutes), so a later change does not rewrite past weeks.",
    denominator:
      "Leads answered, plus leads never answered whose SLA has run out (closed without an answer, or still waiting past their due time). Leads still inside their SLA are left out.",
    window: "Leads created in the selected date range; trend by ISO week of creation.",
  },
  speedBreachingNow: {
    chart: "speed",
    name: "Breaching SLA now",
    numerator: "Open leads whose response due time has passed: a customer is waiting longer than promised.",
    denominator: null,
    window: NOW,
  },
  pipelineOpen: {
    chart: "pipeline",
    name: "Open pipeline",
    numerator:
      "Open leads (New, Contacted, Qualified, Proposal) and the sum of their expected value, per stage, in each lead's currency.",
    denominator: null,
    window: NOW,
  },
  pipelineVelocity: {
    chart: "pipeline",
    name: "Pipeline velocity",
    numerator: "Expected won value per day from the open pipeline.",
    denominator: null,
    window:
      "Open leads now; win rate, average won value and average days to close from the leads created in the date range and won or lost within the conversion window (the same cohort as the funnel).",
    formula:
      "open leads × win rate × average won value ÷ average days to close, per currency; win rate = won ÷ (won + lost); value and days to close averaged over the won leads",
  },
  pipelineStale: {
    chart: "pipeline",
    name: "Stale leads",
    numerator: "Open leads with no activity for more than N days (default 14).",
    denominator: null,
    window: NOW,
  },
  pipelineFollowUp: {
    chart: "pipeline",
    name: "Follow-up compliance",
    numerator: "Open leads past New with a next follow-up planned in the future.",
    denominator: "Open leads past New (a new lead's next step is the first answer, measured under speed to lead).",
    window: NOW,
  },
  loyaltyTiers: {
    chart: "afterPurchase",
    name: "Loyalty tiers",
    numerator: "Customers per loyalty tier, among customers with at least one order that was not cancelled.",
    denominator: null,
    window: NOW,
  },
  repeatPurchase: {
    chart: "afterPurchase",
    name: "Repeat-purchase rate",
    numerator:
      "Customers whose first order was placed in month M and who placed another order later (any time until now).",
    denominator: "Customers whose first order (by the date it was placed, cancelled orders excluded) was in month M.",
    window:
      "Customers whose first order falls in the selected date range, grouped by that month in the reporting time zone (Europe/Oslo). Young cohorts have had less time to order again.",
  },
  ordersLate: {
    chart: "afterPurchase",
    name: "Orders waiting longer than promised",
    numerator:
      "Orders neither delivered nor cancelled whose promised delivery date has passed, or whose expected date is later than the promised one.",
    denominator: "Orders neither delivered nor cancelled.",
    window: NOW,
  },
} as const satisfies Record<string, KpiDefinition>;

export type KpiId = keyof typeof KPIS;
export const KPI_IDS = Object.keys(KPIS) as KpiId[];
