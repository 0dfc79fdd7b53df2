// Staff read times on a 24-hour clock in every language. Norwegian and Danish always do; English
// defaulted to "2:05 PM" in some places and "14:05" in others, on the same page (issue 22). Spread
// these into a format call (adding the date parts or the time zone a place needs) rather than
// spelling out hour options again, so no new call can fall back to the locale's own clock.

/** "14:05". */
export const CLOCK = {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
} as const satisfies Intl.DateTimeFormatOptions;

/** "5 Dec 2026, 14:05": a full moment, e.g. in a tooltip or a table cell. */
export const DATE_AND_TIME = {
  dateStyle: "medium",
  timeStyle: "short",
  hourCycle: "h23",
} as const satisfies Intl.DateTimeFormatOptions;

/** "05/12/2026, 14:05": where a column is narrow. */
export const SHORT_DATE_AND_TIME = {
  dateStyle: "short",
  timeStyle: "short",
  hourCycle: "h23",
} as const satisfies Intl.DateTimeFormatOptions;
