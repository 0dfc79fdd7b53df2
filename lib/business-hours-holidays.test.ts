import { describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  DEFAULT_BUSINESS_HOURS,
  type BusinessHours,
} from "./business-hours";

// Closed dates in business hours, worked by hand. Oslo and Copenhagen are +01:00 in winter and
// +02:00 in summer (2027: from Sunday 28 March; 2026: from Sunday 29 March).
const at = (iso: string) => new Date(iso);
const oslo: BusinessHours = DEFAULT_BUSINESS_HOURS; // Mon–Fri 08:00–17:00 Europe/Oslo, NO holidays
const copenhagen: BusinessHours = { ...oslo, timeZone: "Europe/Copenhagen", holidayCountry: "DK" };

describe("public holidays are closed like a weekend", () => {
  it("17 May 2027 (Monday): Friday 16:50 + 15 min is Tuesday 08:05", () => {
    // Friday 14 May: 10 min to 17:00; Sat, Sun closed; Monday 17 May is Constitution Day (and
    // Whit Monday); Tuesday 18 May 08:00 + 5 min.
    expect(addBusinessMinutes(at("2027-05-14T16:50:00+02:00"), 15, oslo)).toEqual(at("2027-05-18T08:05:00+02:00"));
    // 2025: 17 May is a Saturday, so the weekend covers it and Monday 19 May opens as usual.
    expect(addBusinessMinutes(at("2025-05-16T16:50:00+02:00"), 15, oslo)).toEqual(at("2025-05-19T08:05:00+02:00"));
  });

  it("Easter 2027 across the spring DST night: Wednesday 16:55 + 15 min is Tuesday after Easter 08:10", () => {
    // Wed 24 March (+01:00): 5 min; Maundy Thursday 25, Good Friday 26, Sat 27, Sun 28 (clocks go
    // forward), Easter Monday 29 closed; Tuesday 30 March 08:00 +02:00 + 10 min.
    expect(addBusinessMinutes(at("2027-03-24T16:55:00+01:00"), 15, oslo)).toEqual(at("2027-03-30T08:10:00+02:00"));
    // 16:00 Wednesday → 09:00 Tuesday: 60 min + 60 min, the six closed days count nothing.
    expect(businessMinutesBetween(at("2027-03-24T16:00:00+01:00"), at("2027-03-30T09:00:00+02:00"), oslo)).toBe(120);
  });

  it("Christmas 2025: Christmas Eve is open, 25 and 26 December are not", () => {
    // Wed 24 Dec: open until 17:00 (not a public holiday), 10 min; Thu 25, Fri 26, Sat, Sun
    // closed; Monday 29 December 08:05.
    expect(addBusinessMinutes(at("2025-12-24T16:50:00+01:00"), 15, oslo)).toEqual(at("2025-12-29T08:05:00+01:00"));
    expect(addBusinessMinutes(at("2025-12-24T10:00:00+01:00"), 15, oslo)).toEqual(at("2025-12-24T10:15:00+01:00"));
  });

  it("a Danish team's clock differs from a Norwegian team's for the same signal", () => {
    // Thursday 30 April 2026 16:50: 1 May (Friday) is closed in Norway only.
    const signal = at("2026-04-30T16:50:00+02:00");
    expect(addBusinessMinutes(signal, 15, oslo)).toEqual(at("2026-05-04T08:05:00+02:00")); // Monday
    expect(addBusinessMinutes(signal, 15, copenhagen)).toEqual(at("2026-05-01T08:05:00+02:00")); // Friday
  });

  it("keeps Grundlovsdag open in Denmark and closes Store Bededag only up to 2023", () => {
    // Friday 5 June 2026 is Grundlovsdag: an observance in the library, not a public holiday.
    expect(addBusinessMinutes(at("2026-06-04T16:50:00+02:00"), 15, copenhagen)).toEqual(
      at("2026-06-05T08:05:00+02:00"),
    );
    // Store Bededag, Friday 5 May 2023: closed → Monday 8 May 08:05.
    expect(addBusinessMinutes(at("2023-05-04T16:50:00+02:00"), 15, copenhagen)).toEqual(
      at("2023-05-08T08:05:00+02:00"),
    );
    // Its 2024 date, Friday 26 April, is an ordinary working day.
    expect(addBusinessMinutes(at("2024-04-25T16:50:00+02:00"), 15, copenhagen)).toEqual(
      at("2024-04-26T08:05:00+02:00"),
    );
  });

  it("has no holidays when the calendar follows no country", () => {
    const none: BusinessHours = { ...oslo, holidayCountry: null };
    expect(addBusinessMinutes(at("2027-05-14T16:50:00+02:00"), 15, none)).toEqual(at("2027-05-17T08:05:00+02:00"));
  });
});

describe("days a manager closed", () => {
  it("skips a closed Tuesday (stocktaking): Monday 16:30 + 60 min is Wednesday 08:30", () => {
    // Mon 8 March 2027: 30 min to 17:00; Tue 9 March closed; Wed 10 March 08:00 + 30 min.
    const hours: BusinessHours = { ...oslo, closedDates: ["2027-03-09"] };
    expect(addBusinessMinutes(at("2027-03-08T16:30:00+01:00"), 60, hours)).toEqual(at("2027-03-10T08:30:00+01:00"));
    expect(businessMinutesBetween(at("2027-03-08T16:30:00+01:00"), at("2027-03-10T08:30:00+01:00"), hours)).toBe(60);
    // A signal on the closed day itself starts counting at the next opening.
    expect(addBusinessMinutes(at("2027-03-09T11:00:00+01:00"), 0, hours)).toEqual(at("2027-03-10T08:00:00+01:00"));
  });

  it("reads a closed date on the calendar's own time zone", () => {
    // 23:30 UTC on Monday 8 March is already Tuesday 00:30 in Oslo: the closed Tuesday.
    const hours: BusinessHours = { ...oslo, closedDates: ["2027-03-09"] };
    expect(addBusinessMinutes(at("2027-03-08T23:30:00Z"), 0, hours)).toEqual(at("2027-03-10T08:00:00+01:00"));
  });
});
