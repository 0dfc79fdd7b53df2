// How much data per customer. The demo (2,000 customers) is rich per customer;
// the benchmark target (100,000 customers → 1M touchpoints, 200k leads, 50k
// orders) is thinner. Sizes in between are interpolated on a log scale, so any
// `--customers` gives sensible ratios and the two reference points hold.

export const DEMO_CUSTOMERS = 2_000;
const BENCHMARK_CUSTOMERS = 100_000;

const DEMO = { touchpoints: 20, leads: 1.5, orders: 0.45, detail: 1 };
const BENCHMARK = { touchpoints: 10, leads: 2, orders: 0.5, detail: 0 };

export interface ScalePlan {
  customers: number;
  touchpointsPerCustomer: number;
  leadsPerCustomer: number;
  ordersPerCustomer: number;
  /**
   * 1 at demo scale, 0 at benchmark scale: how many optional touchpoints a lead
   * gets (research before the first signal, extra contacts before a loss), so
   * that 200k leads and 50k orders still come to about 1M touchpoints.
   */
  detail: number;
  /**
   * Salespeople per team besides the demo cast: none up to the benchmark size, then one more in each
   * team per 10,000 customers: 1M customers are worked by 186 reps, as at a dealer group of about
   * 200 people, not by six reps owning 300k leads each.
   */
  extraRepsPerTeam: number;
  /**
   * Multiplies the chance a lead is still open (new, contacted, qualified, proposal). 1 up to the
   * benchmark size; above it the open pipeline grows with the team, not with the years of history
   * behind it: 1M customers have 86k open leads (100k have 62k), not 620k.
   */
  openLeadShare: number;
}

export function scalePlan(customers: number): ScalePlan {
  const t = Math.min(
    1,
    Math.max(0, Math.log(customers / DEMO_CUSTOMERS) / Math.log(BENCHMARK_CUSTOMERS / DEMO_CUSTOMERS)),
  );
  const mix = (a: number, b: number) => a + (b - a) * t;
  return {
    customers,
    touchpointsPerCustomer: mix(DEMO.touchpoints, BENCHMARK.touchpoints),
    leadsPerCustomer: mix(DEMO.leads, BENCHMARK.leads),
    ordersPerCustomer: mix(DEMO.orders, BENCHMARK.orders),
    detail: mix(DEMO.detail, BENCHMARK.detail),
    extraRepsPerTeam: Math.max(0, Math.round((customers - BENCHMARK_CUSTOMERS) / 10_000)),
    openLeadShare: Math.min(1, BENCHMARK_CUSTOMERS / customers),
  };
}
