// Time helpers. Every date in the demo data is an offset from `now`, kept as
// epoch milliseconds while generating and turned into ISO strings on insert.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The demo history covers the last 18 months. */
export const HISTORY_DAYS = 548;

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Midnight at the start of `at`'s calendar day in Oslo, where both demo businesses keep their hours. */
export function startOfOsloDay(at: number): number {
  const p = Object.fromEntries(osloParts.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  const offset = wall - Math.floor(at / 1000) * 1000;
  return Date.UTC(+p.year, +p.month - 1, +p.day) - offset;
}

const dateFormats = {
  nb: new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", timeZone: "Europe/Oslo" }),
  da: new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", timeZone: "Europe/Oslo" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "Europe/Oslo" }),
};

/** "14. mars" / "14. marts" / "14 March", for dates written into summaries. */
export function formatDay(at: number, locale: keyof typeof dateFormats): string {
  return dateFormats[locale].format(new Date(at));
}
