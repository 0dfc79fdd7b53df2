import { describe, expect, it } from "vitest";
import { goalPercent, goalStatus, nextMonth, previousMonth } from "./goals";

describe("goals", () => {
  it("gives the share of the target, rounded, and none without a target", () => {
    expect(goalPercent({ target: 20, actual: 5 })).toBe(25);
    expect(goalPercent({ target: 3, actual: 2 })).toBe(67);
    expect(goalPercent({ target: 10, actual: 15 })).toBe(150);
    expect(goalPercent({ target: null, actual: 4 })).toBeNull();
    expect(goalPercent({ target: 0, actual: 4 })).toBeNull();
  });
  it("calls a target reached only when the actual is at or over it", () => {
    expect(goalStatus({ target: 10, actual: 9 })).toBe("behind");
    expect(goalStatus({ target: 10, actual: 10 })).toBe("reached");
    expect(goalStatus({ target: 0, actual: 0 })).toBe("reached");
    expect(goalStatus({ target: null, actual: 3 })).toBe("none");
  });
  it("steps months across the year's end", () => {
    expect(nextMonth("2026-12")).toBe("2027-01");
    expect(previousMonth("2026-01")).toBe("2025-12");
  });
});
