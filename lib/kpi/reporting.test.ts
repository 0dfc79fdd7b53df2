import { describe, expect, it } from "vitest";
import { splitIntoDays, splitIntoMonths } from "./reporting";

const at = (iso: string) => new Date(iso);

describe("splitIntoDays (Europe/Oslo)", () => {
  it("reads a range of whole Oslo days from the day rows only", () => {
    // 1–31 May in Oslo: midnight is 22:00 UTC the day before (summer time).
    expect(splitIntoDays(at("2026-04-30T22:00:00Z"), at("2026-05-31T22:00:00Z"))).toEqual({
      days: { fromDate: "2026-05-01", toDate: "2026-06-01" },
      partial: [],
    });
  });

  it("reads the part of today up to now from the leads", () => {
    // "Last 90 days" ends now, 24 Nov 10:15 UTC (11:15 in Oslo, winter time).
    expect(splitIntoDays(at("2026-08-25T22:00:00Z"), at("2026-11-24T10:15:00Z"))).toEqual({
      days: { fromDate: "2026-08-26", toDate: "2026-11-24" },
      partial: [{ from: at("2026-11-23T23:00:00Z"), to: at("2026-11-24T10:15:00Z") }],
    });
  });

  it("reads a range that starts mid-day and ends on the next day from the leads only", () => {
    expect(splitIntoDays(at("2026-03-10T12:00:00Z"), at("2026-03-11T06:00:00Z"))).toEqual({
      days: null,
      partial: [{ from: at("2026-03-10T12:00:00Z"), to: at("2026-03-11T06:00:00Z") }],
    });
  });

  it("handles both ragged ends around whole days, across the switch to summer time", () => {
    // Oslo moves to summer time on 29 March 2026: that day is 23 hours long.
    expect(splitIntoDays(at("2026-03-27T15:00:00Z"), at("2026-03-31T03:00:00Z"))).toEqual({
      days: { fromDate: "2026-03-28", toDate: "2026-03-31" },
      partial: [
        { from: at("2026-03-27T15:00:00Z"), to: at("2026-03-27T23:00:00Z") },
        { from: at("2026-03-30T22:00:00Z"), to: at("2026-03-31T03:00:00Z") },
      ],
    });
  });

  it("takes today's row whole when the range ends now", () => {
    expect(splitIntoDays(at("2026-08-25T22:00:00Z"), at("2026-11-24T10:15:00Z"), { endsNow: true })).toEqual({
      days: { fromDate: "2026-08-26", toDate: "2026-11-25" },
      partial: [],
    });
  });

  it("has nothing to read for an empty range", () => {
    expect(splitIntoDays(at("2026-03-10T12:00:00Z"), at("2026-03-10T12:00:00Z"))).toEqual({ days: null, partial: [] });
  });
});

describe("splitIntoMonths", () => {
  it("reads the whole months of a long range as months and the days at either end as days", () => {
    expect(splitIntoMonths({ fromDate: "2025-12-07", toDate: "2026-12-08" })).toEqual({
      months: { fromDate: "2026-01-01", toDate: "2026-12-01" },
      days: [
        { fromDate: "2025-12-07", toDate: "2026-01-01" },
        { fromDate: "2026-12-01", toDate: "2026-12-08" },
      ],
    });
  });

  it("needs no days when the range starts and ends on a month's first day", () => {
    expect(splitIntoMonths({ fromDate: "2026-02-01", toDate: "2026-04-01" })).toEqual({
      months: { fromDate: "2026-02-01", toDate: "2026-04-01" },
      days: [],
    });
  });

  it("reads a range that covers no whole month as days", () => {
    expect(splitIntoMonths({ fromDate: "2026-02-03", toDate: "2026-03-28" })).toEqual({
      months: null,
      days: [{ fromDate: "2026-02-03", toDate: "2026-03-28" }],
    });
    expect(splitIntoMonths({ fromDate: "2026-02-01", toDate: "2026-02-28" })).toEqual({
      months: null,
      days: [{ fromDate: "2026-02-01", toDate: "2026-02-28" }],
    });
  });

  it("takes December into the next year", () => {
    expect(splitIntoMonths({ fromDate: "2026-11-15", toDate: "2027-01-01" })).toEqual({
      months: { fromDate: "2026-12-01", toDate: "2027-01-01" },
      days: [{ fromDate: "2026-11-15", toDate: "2026-12-01" }],
    });
  });
});
