import { describe, expect, it } from "vitest";
import { parseDashboardFilters } from "./filters";
import { periodChange, periodDays, previousPeriod } from "./previous-period";

const NOW = new Date("2026-06-15T10:00:00Z");

describe("the previous period", () => {
  it("is the same length, ends where the range starts, and keeps every other filter", () => {
    const f = parseDashboardFilters(
      { range: "30d", team: "7f0c6d3e-2a4b-4c5d-8e9f-0a1b2c3d4e5f", window: "60" },
      NOW,
      "Europe/Oslo",
    );
    const p = previousPeriod(f, "Europe/Oslo");
    expect(p.to).toEqual(f.from);
    expect(p.to.getTime() - p.from.getTime()).toBe(f.to.getTime() - f.from.getTime());
    expect(p).toMatchObject({ endsNow: false, teamId: f.teamId, conversionWindowDays: 60 });
    expect(periodDays(f)).toBe(30);
  });
  it("takes a custom month back by a month's length in whole Oslo days", () => {
    const f = parseDashboardFilters({ range: "custom", from: "2026-05-01", to: "2026-05-31" }, NOW, "Europe/Oslo");
    const p = previousPeriod(f, "Europe/Oslo");
    expect([p.fromDate, p.toDate]).toEqual(["2026-03-31", "2026-04-30"]);
    expect(periodDays(f)).toBe(31);
  });
  it("states a count's change in percent and a share's in points", () => {
    expect(periodChange(112, 100)).toEqual({ kind: "relative", direction: "up", percent: 12 });
    expect(periodChange(50, 100)).toEqual({ kind: "relative", direction: "down", percent: 50 });
    expect(periodChange(7, 7)).toEqual({ kind: "relative", direction: "same", percent: 0 });
    expect(periodChange(3, 0)).toEqual({ kind: "none" });
    expect(periodChange(0.03, 0.02, true)).toEqual({ kind: "points", direction: "up", points: 1 });
    expect(periodChange(0.4, 0.55, true)).toEqual({ kind: "points", direction: "down", points: 15 });
    expect(periodChange(null, 0.5, true)).toEqual({ kind: "none" });
  });
});
