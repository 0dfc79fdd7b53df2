import { afterEach, describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  DEFAULT_BUSINESS_HOURS,
  type BusinessHours,
} from "./business-hours";

// Times are written with their Oslo offset: +01:00 in winter (CET), +02:00 in
// summer (CEST, from Sunday 29 March to Sunday 25 October 2026).
// Calendar: 2026-03-10 Tue, 13 Fri, 14 Sat, 16 Mon; 27 Fri, 29 Sun (DST on),
// 30 Mon; 2026-10-23 Fri, 25 Sun (DST off), 26 Mon.
const at = (iso: string) => new Date(iso);

describe("addBusinessMinutes (Mon–Fri 08:00–17:00 Europe/Oslo)", () => {
  it("adds within one working day", () => {
    // Tue 10:00 + 90 min = 11:30
    expect(addBusinessMinutes(at("2026-03-10T10:00:00+01:00"), 90)).toEqual(at("2026-03-10T11:30:00+01:00"));
  });

  it("may end exactly at closing time", () => {
    // Tue 16:00 + 60 = 17:00 the same day, not 08:00 the next
    expect(addBusinessMinutes(at("2026-03-10T16:00:00+01:00"), 60)).toEqual(at("2026-03-10T17:00:00+01:00"));
  });

  it("carries what is left past closing into the next morning", () => {
    // Tue 16:30 + 60: 30 min on Tuesday, 30 on Wednesday → Wed 08:30
    expect(addBusinessMinutes(at("2026-03-10T16:30:00+01:00"), 60)).toEqual(at("2026-03-11T08:30:00+01:00"));
  });

  it("carries a Friday signal over the weekend", () => {
    // Fri 16:50 + 15: 10 min Friday, 5 min Monday → Mon 08:05
    expect(addBusinessMinutes(at("2026-03-13T16:50:00+01:00"), 15)).toEqual(at("2026-03-16T08:05:00+01:00"));
  });

  it("starts counting a weekend signal at Monday's opening", () => {
    // Sat 11:00 + 15 → Mon 08:00 + 15 = 08:15
    expect(addBusinessMinutes(at("2026-03-14T11:00:00+01:00"), 15)).toEqual(at("2026-03-16T08:15:00+01:00"));
  });

  it("starts counting an after-hours signal at the next opening", () => {
    // Tue 19:30 + 60 → Wed 08:00 + 60 = 09:00
    expect(addBusinessMinutes(at("2026-03-10T19:30:00+01:00"), 60)).toEqual(at("2026-03-11T09:00:00+01:00"));
    // Tue 06:00 + 30 → Tue 08:00 + 30 = 08:30 (before opening the same day)
    expect(addBusinessMinutes(at("2026-03-10T06:00:00+01:00"), 30)).toEqual(at("2026-03-10T08:30:00+01:00"));
    // Tue 17:00 exactly is closed: + 1 → Wed 08:01
    expect(addBusinessMinutes(at("2026-03-10T17:00:00+01:00"), 1)).toEqual(at("2026-03-11T08:01:00+01:00"));
  });

  it("with 0 minutes gives the moment itself when open, else the next opening", () => {
    expect(addBusinessMinutes(at("2026-03-10T10:17:23+01:00"), 0)).toEqual(at("2026-03-10T10:17:23+01:00"));
    expect(addBusinessMinutes(at("2026-03-14T11:00:00+01:00"), 0)).toEqual(at("2026-03-16T08:00:00+01:00"));
  });

  it("spans several days and a weekend", () => {
    // Thu 12:00 + 3 working days (3 × 540 = 1620 min):
    // Thu 300 (12–17), Fri 540, Mon 540 → 1380; 240 left → Tue 12:00
    expect(addBusinessMinutes(at("2026-03-12T12:00:00+01:00"), 1620)).toEqual(at("2026-03-17T12:00:00+01:00"));
  });

  it("keeps sub-minute precision", () => {
    expect(addBusinessMinutes(at("2026-03-10T10:00:00+01:00"), 0.5)).toEqual(at("2026-03-10T10:00:30+01:00"));
  });

  describe("across the spring-forward weekend (Sun 29 March 2026, 02:00 → 03:00)", () => {
    it("carries Friday 16:50 to Monday 08:05 summer time", () => {
      // Friday is +01:00, Monday +02:00: 08:05 local, i.e. 06:05 UTC (a naive
      // UTC calculation would give 07:05 UTC = 09:05 local)
      const due = addBusinessMinutes(at("2026-03-27T16:50:00+01:00"), 15);
      expect(due).toEqual(at("2026-03-30T08:05:00+02:00"));
      expect(due.toISOString()).toBe("2026-03-30T06:05:00.000Z");
    });

    it("opens at local 08:00 every day of the week before and after", () => {
      // 0 minutes from 20:00 the evening before = that day's opening
      const openings: [string, string][] = [
        ["2026-03-24T20:00:00+01:00", "2026-03-25T08:00:00+01:00"], // Wed
        ["2026-03-25T20:00:00+01:00", "2026-03-26T08:00:00+01:00"], // Thu
        ["2026-03-26T20:00:00+01:00", "2026-03-27T08:00:00+01:00"], // Fri
        ["2026-03-28T20:00:00+01:00", "2026-03-30T08:00:00+02:00"], // Sat → Mon
        ["2026-03-29T12:00:00+02:00", "2026-03-30T08:00:00+02:00"], // Sun, after the switch → Mon
        ["2026-03-30T20:00:00+02:00", "2026-03-31T08:00:00+02:00"], // Tue
        // (Thursday 2 and Friday 3 April 2026 are Maundy Thursday and Good Friday: closed.)
        ["2026-03-31T20:00:00+02:00", "2026-04-01T08:00:00+02:00"], // Wed
      ];
      for (const [from, opening] of openings) expect(addBusinessMinutes(at(from), 0)).toEqual(at(opening));
    });
  });

  describe("across the fall-back weekend (Sun 25 October 2026, 03:00 → 02:00)", () => {
    it("carries Friday 16:50 to Monday 08:05 winter time", () => {
      // Friday +02:00, Monday +01:00: 08:05 local = 07:05 UTC
      const due = addBusinessMinutes(at("2026-10-23T16:50:00+02:00"), 15);
      expect(due).toEqual(at("2026-10-26T08:05:00+01:00"));
      expect(due.toISOString()).toBe("2026-10-26T07:05:00.000Z");
    });

    it("treats the repeated hour on Sunday night like any closed time", () => {
      // 02:30 happens twice; both are closed and lead to Monday 08:00 winter time
      expect(addBusinessMinutes(at("2026-10-25T02:30:00+02:00"), 0)).toEqual(at("2026-10-26T08:00:00+01:00"));
      expect(addBusinessMinutes(at("2026-10-25T02:30:00+01:00"), 0)).toEqual(at("2026-10-26T08:00:00+01:00"));
    });

    it("opens at local 08:00 on the days around it", () => {
      expect(addBusinessMinutes(at("2026-10-22T20:00:00+02:00"), 0)).toEqual(at("2026-10-23T08:00:00+02:00"));
      expect(addBusinessMinutes(at("2026-10-26T20:00:00+01:00"), 0)).toEqual(at("2026-10-27T08:00:00+01:00"));
    });
  });

  describe("with other opening hours", () => {
    // A New York store, open Mon–Sat 09:00–18:00. US summer time began Sun 8 March 2026.
    const newYork: BusinessHours = {
      timeZone: "America/New_York",
      days: [1, 2, 3, 4, 5, 6],
      start: "09:00",
      end: "18:00",
    };

    it("uses the given time zone and days", () => {
      // Sat 17:30 EST + 60: 30 min Saturday, Sunday closed, 30 min Monday → Mon 09:30 EDT
      expect(addBusinessMinutes(at("2026-03-07T17:30:00-05:00"), 60, newYork)).toEqual(at("2026-03-09T09:30:00-04:00"));
    });

    it("supports a day that runs to midnight", () => {
      const late: BusinessHours = { ...DEFAULT_BUSINESS_HOURS, start: "20:00", end: "24:00" };
      // Tue 23:30 + 60: 30 min Tuesday, then Wed 20:00 + 30
      expect(addBusinessMinutes(at("2026-03-10T23:30:00+01:00"), 60, late)).toEqual(at("2026-03-11T20:30:00+01:00"));
    });
  });

  describe("does not depend on the server's time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it("gives the same answer on a server in Tokyo or Los Angeles", () => {
      for (const tz of ["Asia/Tokyo", "America/Los_Angeles"]) {
        process.env.TZ = tz;
        expect(addBusinessMinutes(at("2026-03-27T16:50:00+01:00"), 15)).toEqual(at("2026-03-30T08:05:00+02:00"));
        expect(businessMinutesBetween(at("2026-03-27T16:00:00+01:00"), at("2026-03-30T09:00:00+02:00"))).toBe(120);
      }
    });
  });

  it("rejects input that would make the answer meaningless", () => {
    const from = at("2026-03-10T10:00:00+01:00");
    expect(() => addBusinessMinutes(from, -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(from, Number.NaN)).toThrow(RangeError);
    expect(() => addBusinessMinutes(new Date("nonsense"), 10)).toThrow(RangeError);
    expect(() => addBusinessMinutes(from, 10, { ...DEFAULT_BUSINESS_HOURS, days: [] })).toThrow(RangeError);
    expect(() => addBusinessMinutes(from, 10, { ...DEFAULT_BUSINESS_HOURS, start: "17:00", end: "08:00" })).toThrow(
      RangeError,
    );
    expect(() => addBusinessMinutes(from, 10, { ...DEFAULT_BUSINESS_HOURS, start: "8:00" })).toThrow(RangeError);
    expect(() => addBusinessMinutes(from, 10, { ...DEFAULT_BUSINESS_HOURS, timeZone: "Europe/Nowhere" })).toThrow(
      RangeError,
    );
  });
});

describe("businessMinutesBetween", () => {
  it("counts open minutes within a day", () => {
    expect(businessMinutesBetween(at("2026-03-10T10:00:00+01:00"), at("2026-03-10T11:30:00+01:00"))).toBe(90);
  });

  it("skips the night and the weekend", () => {
    // Fri 16:00–17:00 (60) + Mon 08:00–09:00 (60) = 120
    expect(businessMinutesBetween(at("2026-03-13T16:00:00+01:00"), at("2026-03-16T09:00:00+01:00"))).toBe(120);
    // Tue 16:00 → Wed 09:00 = 60 + 60 = 120
    expect(businessMinutesBetween(at("2026-03-10T16:00:00+01:00"), at("2026-03-11T09:00:00+01:00"))).toBe(120);
  });

  it("counts a weekend across the DST switch the same as any weekend", () => {
    // Fri 16:00 CET → Mon 09:00 CEST: still 60 + 60 = 120
    expect(businessMinutesBetween(at("2026-03-27T16:00:00+01:00"), at("2026-03-30T09:00:00+02:00"))).toBe(120);
    expect(businessMinutesBetween(at("2026-10-23T16:00:00+02:00"), at("2026-10-26T09:00:00+01:00"))).toBe(120);
  });

  it("counts a whole week as five working days", () => {
    // Mon 00:00 → next Mon 00:00 = 5 × 540 = 2700
    expect(businessMinutesBetween(at("2026-03-09T00:00:00+01:00"), at("2026-03-16T00:00:00+01:00"))).toBe(2700);
  });

  it("is 0 outside opening hours and when end is not after start", () => {
    expect(businessMinutesBetween(at("2026-03-14T09:00:00+01:00"), at("2026-03-15T16:00:00+01:00"))).toBe(0);
    expect(businessMinutesBetween(at("2026-03-10T18:00:00+01:00"), at("2026-03-11T07:59:00+01:00"))).toBe(0);
    const t = at("2026-03-10T10:00:00+01:00");
    expect(businessMinutesBetween(t, t)).toBe(0);
    expect(businessMinutesBetween(t, at("2026-03-10T09:00:00+01:00"))).toBe(0);
  });

  it("is exact to the second", () => {
    expect(businessMinutesBetween(at("2026-03-10T10:00:00+01:00"), at("2026-03-10T10:00:30+01:00"))).toBe(0.5);
  });

  it("undoes addBusinessMinutes", () => {
    const starts = [
      "2026-03-10T10:00:00+01:00",
      "2026-03-13T16:50:00+01:00",
      "2026-03-14T11:00:00+01:00",
      "2026-03-27T15:59:00+01:00",
      "2026-10-23T12:00:00+02:00",
    ];
    for (const start of starts) {
      for (const minutes of [1, 15, 240, 539, 540, 541, 4000]) {
        const from = at(start);
        expect(businessMinutesBetween(from, addBusinessMinutes(from, minutes)), `${start} + ${minutes}`).toBe(minutes);
      }
    }
  });
});
