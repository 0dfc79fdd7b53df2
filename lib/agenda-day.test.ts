import { describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS } from "./business-hours";
import { dayBounds, rescheduleInstants } from "./agenda-day";

const OSLO = "Europe/Oslo";
const at = (iso: string) => new Date(iso);

describe("dayBounds", () => {
  it("is local midnight to local midnight, also late in the evening when UTC is already tomorrow", () => {
    // 23:30 in Oslo on Tuesday 1 December is 22:30 UTC: still Tuesday for the rep.
    expect(dayBounds(at("2026-12-01T22:30:00Z"), OSLO)).toEqual({
      start: at("2026-11-30T23:00:00Z"),
      end: at("2026-12-01T23:00:00Z"),
    });
  });

  it("is 23 hours long on the spring DST night and 25 on the autumn one", () => {
    const spring = dayBounds(at("2026-03-29T10:00:00Z"), OSLO);
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const autumn = dayBounds(at("2026-10-25T10:00:00Z"), OSLO);
    expect(autumn).toEqual({ start: at("2026-10-24T22:00:00Z"), end: at("2026-10-25T23:00:00Z") });
  });

  it("follows the rep's own zone", () => {
    expect(dayBounds(at("2026-12-01T03:00:00Z"), "America/New_York").start).toEqual(at("2026-11-30T05:00:00Z"));
  });
});

describe("rescheduleInstants", () => {
  it("offers later today, tomorrow at 09:00 and the next opening on a Tuesday morning", () => {
    // Tuesday 1 December 2026, 10:05 in Oslo.
    expect(rescheduleInstants(at("2026-12-01T09:05:00Z"), OSLO, DEFAULT_BUSINESS_HOURS)).toEqual({
      later_today: at("2026-12-01T11:15:00Z"),
      tomorrow_morning: at("2026-12-02T08:00:00Z"),
      next_business_day: at("2026-12-02T07:00:00Z"),
    });
  });

  it("drops later today late in the evening, and skips the weekend for the next business day", () => {
    // Friday 4 December 2026, 22:30 in Oslo.
    const choices = rescheduleInstants(at("2026-12-04T21:30:00Z"), OSLO, DEFAULT_BUSINESS_HOURS);
    expect(choices.later_today).toBeUndefined();
    expect(choices.tomorrow_morning).toEqual(at("2026-12-05T08:00:00Z"));
    expect(choices.next_business_day).toEqual(at("2026-12-07T07:00:00Z"));
  });
});
