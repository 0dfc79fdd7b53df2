import { describe, expect, it } from "vitest";
import { funnelSteps, pipelineVelocity, rate } from "./compute";

describe("rate", () => {
  it("is null when there is nothing to divide by", () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(1, 4)).toBe(0.25);
  });
});

describe("funnelSteps", () => {
  it("turns furthest-stage counts into reached, step conversion and drop-off", () => {
    // Furthest: 50 NEW, 20 CONTACTED, 10 QUALIFIED, 5 PROPOSAL, 15 WON (100 leads).
    // Reached: 100, 50, 30, 20, 15. Steps: 50/100, 30/50, 20/30, 15/20.
    const steps = funnelSteps({ NEW: 50, CONTACTED: 20, QUALIFIED: 10, PROPOSAL: 5, WON: 15 });
    expect(steps.map((s) => s.reached)).toEqual([100, 50, 30, 20, 15]);
    expect(steps.map((s) => s.stepConversion)).toEqual([null, 0.5, 0.6, 20 / 30, 0.75]);
    expect(steps[2].dropOff).toBeCloseTo(0.4);
    expect(steps[4].ofCohort).toBe(0.15);
  });

  it("has no rates for an empty cohort", () => {
    const steps = funnelSteps({ NEW: 0, CONTACTED: 0, QUALIFIED: 0, PROPOSAL: 0, WON: 0 });
    expect(steps.map((s) => [s.reached, s.stepConversion, s.ofCohort])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);
  });
});

describe("pipelineVelocity", () => {
  it("is open × win rate × average won value ÷ average days to close", () => {
    // 40 open, 10 won and 30 lost (25 %), won 500 000 øre in all (50 000 each), 200 days in all (20 each):
    // 40 × 0.25 × 50 000 ÷ 20 = 25 000 øre a day.
    expect(pipelineVelocity({ openLeads: 40, won: 10, lost: 30, wonValueMinor: 500_000, wonDaysToClose: 200 })).toBe(
      25_000,
    );
  });

  it("has no estimate without a win, and no division by a zero-day close", () => {
    expect(pipelineVelocity({ openLeads: 5, won: 0, lost: 3, wonValueMinor: 0, wonDaysToClose: 0 })).toBeNull();
    // Won within the hour: counted as 1/24 day, so 1 × 1 × 100 ÷ (1/24) = 2 400.
    expect(pipelineVelocity({ openLeads: 1, won: 1, lost: 0, wonValueMinor: 100, wonDaysToClose: 0 })).toBeCloseTo(
      2400,
    );
  });
});
