import { describe, expect, it } from "vitest";
import { isSmsQuietTime, nextSmsMoment } from "./quiet-hours";

// Oslo is UTC+1 in winter and UTC+2 in summer; every instant below is written in UTC with the
// local time beside it.
const OSLO = { timeZone: "Europe/Oslo", holidayCountry: "NO" as const };
const COPENHAGEN = { timeZone: "Europe/Copenhagen", holidayCountry: "DK" as const };
const at = (iso: string) => new Date(iso);

describe("nextSmsMoment", () => {
  it("sends at once on a weekday afternoon", () => {
    const wednesday = at("2026-11-25T13:00:00Z"); // Wed 14:00 Oslo
    expect(nextSmsMoment(wednesday, OSLO)).toEqual(wednesday);
    expect(isSmsQuietTime(wednesday, OSLO)).toBe(false);
  });

  it("holds an evening text until 08:00 the next morning", () => {
    expect(nextSmsMoment(at("2026-11-25T20:30:00Z"), OSLO)).toEqual(at("2026-11-26T07:00:00Z")); // Wed 21:30 → Thu 08:00
    expect(isSmsQuietTime(at("2026-11-25T20:00:00Z"), OSLO)).toBe(true); // 21:00 sharp is quiet
    expect(isSmsQuietTime(at("2026-11-25T19:59:00Z"), OSLO)).toBe(false); // 20:59 is not
  });

  it("holds a text written before 08:00 until 08:00 the same day", () => {
    expect(nextSmsMoment(at("2026-11-26T05:10:00Z"), OSLO)).toEqual(at("2026-11-26T07:00:00Z")); // Thu 06:10 → 08:00
  });

  it("sends on Saturday but never on Sunday", () => {
    const saturday = at("2026-11-28T10:00:00Z"); // Sat 11:00
    expect(nextSmsMoment(saturday, OSLO)).toEqual(saturday);
    expect(nextSmsMoment(at("2026-11-29T11:00:00Z"), OSLO)).toEqual(at("2026-11-30T07:00:00Z")); // Sun 12:00 → Mon 08:00
    expect(nextSmsMoment(at("2026-11-28T21:00:00Z"), OSLO)).toEqual(at("2026-11-30T07:00:00Z")); // Sat 22:00 → Mon 08:00
  });

  it("skips public holidays of the team's country", () => {
    // 17 May 2028 is a Wednesday and Norway's Constitution Day (summer time, UTC+2).
    expect(nextSmsMoment(at("2028-05-17T10:00:00Z"), OSLO)).toEqual(at("2028-05-18T06:00:00Z"));
    // Not a holiday in Denmark: a Copenhagen team sends that day.
    expect(nextSmsMoment(at("2028-05-17T10:00:00Z"), COPENHAGEN)).toEqual(at("2028-05-17T10:00:00Z"));
    // Christmas Day 2026 is a Friday, Boxing Day a Saturday, then Sunday: Monday 28 December.
    expect(nextSmsMoment(at("2026-12-24T20:30:00Z"), OSLO)).toEqual(at("2026-12-28T07:00:00Z"));
  });

  it("skips a team's own closed days", () => {
    const closed = { ...OSLO, closedDates: ["2026-11-26"] };
    expect(nextSmsMoment(at("2026-11-25T20:30:00Z"), closed)).toEqual(at("2026-11-27T07:00:00Z"));
  });

  it("counts 08:00 on the wall clock across the night summer time starts", () => {
    // Sat 27 March 2027, 21:30 CET; Sunday 28 is Easter Day and the clocks go forward; Monday 29 is
    // Easter Monday: the next morning is Tuesday 30 March, 08:00 CEST = 06:00 UTC.
    expect(nextSmsMoment(at("2027-03-27T20:30:00Z"), OSLO)).toEqual(at("2027-03-30T06:00:00Z"));
  });

  it("counts 08:00 on the wall clock across the night summer time ends", () => {
    // Sat 24 October 2026, 21:30 CEST; the clocks go back on Sunday 25: Monday 08:00 CET = 07:00 UTC.
    expect(nextSmsMoment(at("2026-10-24T19:30:00Z"), OSLO)).toEqual(at("2026-10-26T07:00:00Z"));
  });
});
