import { describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS } from "./business-hours";
import { nextClosedDays, weekdayRuns } from "./closed-days";

describe("nextClosedDays", () => {
  it("lists Norway's coming holidays on open weekdays and the days a manager added, in date order", () => {
    // From Saturday 5 December 2026 (01:30 Oslo): Christmas Day is a Friday, Boxing Day a
    // Saturday (not listed for Mon–Fri), New Year's Day 2027 a Friday; the added Monday 28 December
    // and a Sunday (closed anyway, not listed).
    const hours = { ...DEFAULT_BUSINESS_HOURS, closedDates: ["2026-12-28", "2026-12-27"] };
    expect(nextClosedDays(hours, new Date("2026-12-05T00:30:00Z"), 3)).toEqual([
      { date: "2026-12-25", holiday: true, closed: false },
      { date: "2026-12-28", holiday: false, closed: true },
      { date: "2027-01-01", holiday: true, closed: false },
    ]);
  });

  it("starts from today on the calendar's own clock, and lists none without holidays or added days", () => {
    // 23:30 UTC on 24 December is already Christmas Day in Oslo.
    expect(nextClosedDays(DEFAULT_BUSINESS_HOURS, new Date("2026-12-24T23:30:00Z"), 1)).toEqual([
      { date: "2026-12-25", holiday: true, closed: false },
    ]);
    expect(nextClosedDays({ ...DEFAULT_BUSINESS_HOURS, holidayCountry: null }, new Date(), 3)).toEqual([]);
  });
});

describe("weekdayRuns", () => {
  it("groups consecutive weekdays", () => {
    expect(weekdayRuns([1, 2, 3, 4, 5])).toEqual([[1, 5]]);
    expect(weekdayRuns([6, 1, 3, 7])).toEqual([
      [1, 1],
      [3, 3],
      [6, 7],
    ]);
  });
});
