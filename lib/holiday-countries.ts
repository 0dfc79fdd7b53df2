// Which countries' public holidays a calendar can close on (the rule is in lib/holidays.ts). A
// file of its own, without the holiday library, so forms and zod schemas can list the choices.

export const HOLIDAY_COUNTRIES = ["NO", "DK"] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

/** The country whose holidays a calendar in this time zone follows, when nobody chose one. */
export function defaultHolidayCountry(timeZone: string): HolidayCountry | null {
  if (timeZone === "Europe/Oslo") return "NO";
  if (timeZone === "Europe/Copenhagen") return "DK";
  return null;
}
