import { describe, expect, it } from "vitest";
import { isoWeekNumber, monthStarts, weekStarts } from "./date-range";

describe("weeks in Oslo", () => {
  it("starts at the Monday before the range and steps over the DST change", () => {
    // Wednesday 25 March 2026 to Tuesday 7 April: DST began on Sunday 29 March.
    const weeks = weekStarts(new Date("2026-03-25T10:00:00Z"), new Date("2026-04-07T10:00:00Z"), "Europe/Oslo");
    expect(weeks.map((w) => [w.date, w.at.toISOString()])).toEqual([
      ["2026-03-23", "2026-03-22T23:00:00.000Z"], // winter time, +1
      ["2026-03-30", "2026-03-29T22:00:00.000Z"], // summer time, +2
      ["2026-04-06", "2026-04-05T22:00:00.000Z"],
    ]);
  });

  it("numbers weeks as ISO 8601 does, across a year boundary", () => {
    expect(isoWeekNumber("2026-05-04")).toBe(19);
    expect(isoWeekNumber("2026-12-28")).toBe(53); // 2026 has 53 weeks
    expect(isoWeekNumber("2027-01-04")).toBe(1);
    expect(isoWeekNumber("2024-12-30")).toBe(1); // belongs to 2025's week 1
  });
});

describe("months in Oslo", () => {
  it("starts at the first of the month containing the start, at local midnight", () => {
    const months = monthStarts(new Date("2026-02-20T10:00:00Z"), new Date("2026-04-01T00:00:00Z"), "Europe/Oslo");
    expect(months.map((m) => [m.month, m.at.toISOString()])).toEqual([
      ["2026-02", "2026-01-31T23:00:00.000Z"],
      ["2026-03", "2026-02-28T23:00:00.000Z"],
      ["2026-04", "2026-03-31T22:00:00.000Z"], // 1 April 00:00 in Oslo is still before the end
    ]);
  });
});
