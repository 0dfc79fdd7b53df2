import Holidays from "date-holidays";
import type { HolidayCountry } from "./holiday-countries";

// Public holidays: the days a business is closed by law, skipped by the response clock
// (lib/business-hours.ts) exactly like a closed weekday.
//
// The rule: a date is a holiday when the date-holidays library lists it as type "public" for the
// country. Not its "bank" days or "observance"s: Norway's Christmas Eve and New Year's Eve
// (bank), Denmark's Grundlovsdag (5 June) and Christmas Eve (observance) are working days by law,
// though many shops close early or all day; a team that closes adds them as its own closed days.
// The library also follows changes in law: Denmark's Store Bededag is a holiday up to 2023 only.
//
// Server-only in practice: the library carries every country's rules (~800 kB), so client
// components must not import this file or lib/business-hours.ts (they take lib/sla-state.ts).

export { defaultHolidayCountry, HOLIDAY_COUNTRIES, type HolidayCountry } from "./holiday-countries";

// One set of "YYYY-MM-DD" per country and year: addBusinessMinutes runs on every ingest, and the
// library evaluates its rules (Easter, "Monday after …") on each call.
const cache = new Map<string, ReadonlySet<string>>();
const calendars = new Map<HolidayCountry, Holidays>();

/** The public holidays of `country` in `year`, as local dates "YYYY-MM-DD". */
export function publicHolidays(country: HolidayCountry, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  let days = cache.get(key);
  if (!days) {
    const list = calendarOf(country).getHolidays(year) || [];
    // `date` is the local start, "2027-05-17 00:00:00"; its first ten characters are the local date.
    days = new Set(list.filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    cache.set(key, days);
  }
  return days;
}

/** Whether the local date "YYYY-MM-DD" is a public holiday in `country` (never, for null). */
export function isPublicHoliday(country: HolidayCountry | null | undefined, date: string): boolean {
  if (!country) return false;
  return publicHolidays(country, Number(date.slice(0, 4))).has(date);
}

/** The holiday's name in `language` (en, nb, da; the library falls back to the country's), for the settings page. */
export function holidayName(country: HolidayCountry, date: string, language: string): string | null {
  if (!isPublicHoliday(country, date)) return null;
  // The library names Norwegian bokmål "no".
  const lang = language === "nb" ? "no" : language;
  const list = calendarOf(country).getHolidays(Number(date.slice(0, 4)), lang) || [];
  return list.find((h) => h.type === "public" && h.date.startsWith(date))?.name ?? null;
}

function calendarOf(country: HolidayCountry): Holidays {
  let calendar = calendars.get(country);
  if (!calendar) {
    calendar = new Holidays(country);
    calendars.set(country, calendar);
  }
  return calendar;
}
