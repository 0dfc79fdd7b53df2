import { describe, expect, it } from "vitest";
import { milestonePath, nextMilestones, timelineSteps } from "./order-milestones";

describe("milestonePath", () => {
  it("sends made-to-order goods through production and shipping", () => {
    expect(milestonePath("CAR", "PICKUP")).toEqual([
      "PLACED",
      "CONFIRMED",
      "IN_PRODUCTION",
      "SHIPPED",
      "READY_FOR_PICKUP",
      "DELIVERED",
    ]);
    expect(milestonePath("KITCHEN", "HOME_DELIVERY")).toEqual([
      "PLACED",
      "CONFIRMED",
      "IN_PRODUCTION",
      "SHIPPED",
      "OUT_FOR_DELIVERY",
      "DELIVERED",
    ]);
  });
  it("never ships a pickup of goods in stock", () => {
    expect(milestonePath("TOOLS", "PICKUP")).toEqual(["PLACED", "CONFIRMED", "READY_FOR_PICKUP", "DELIVERED"]);
  });
});

describe("nextMilestones", () => {
  it("offers every later step and cancellation, never a step back", () => {
    expect(nextMilestones("IN_PRODUCTION", "CAR", "PICKUP")).toEqual([
      "SHIPPED",
      "READY_FOR_PICKUP",
      "DELIVERED",
      "CANCELLED",
    ]);
  });
  it("offers nothing for a finished order", () => {
    expect(nextMilestones("DELIVERED", "CAR", "PICKUP")).toEqual([]);
    expect(nextMilestones("CANCELLED", "CAR", "PICKUP")).toEqual([]);
  });
});

describe("timelineSteps", () => {
  const at = (d: number) => new Date(Date.UTC(2026, 0, d));
  it("marks reached, current and upcoming steps and drops skipped ones", () => {
    const steps = timelineSteps("OUT_FOR_DELIVERY", "KITCHEN", "HOME_DELIVERY", [
      { milestone: "PLACED", at: at(1) },
      { milestone: "IN_PRODUCTION", at: at(5) },
      { milestone: "OUT_FOR_DELIVERY", at: at(20) },
    ]);
    expect(steps.map((s) => `${s.milestone}:${s.state}`)).toEqual([
      "PLACED:done",
      "IN_PRODUCTION:done",
      "OUT_FOR_DELIVERY:current",
      "DELIVERED:upcoming",
    ]);
  });
  it("ends a cancelled order at cancelled", () => {
    const steps = timelineSteps("CANCELLED", "CAR", "PICKUP", [
      { milestone: "PLACED", at: at(1) },
      { milestone: "CANCELLED", at: at(3) },
    ]);
    expect(steps.map((s) => `${s.milestone}:${s.state}`)).toEqual(["PLACED:done", "CANCELLED:current"]);
  });
});
