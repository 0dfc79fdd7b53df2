// Calendar days in a time zone, as instants. A custom range "2026-03-01 to
// 2026-03-31" means from midnight on the 1st to midnight after the 31st in the
// reader's zone (Europe/Oslo by default), whatever the DST offset that day.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Offset of `zone` from UTC at `at`, in ms (Oslo in summer: +2 h). */
function zoneOffsetMs(at: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** Midnight at the start of `isoDate` (YYYY-MM-DD) in `zone`. */
export function startOfLocalDay(isoDate: string, zone: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - zoneOffsetMs(new Date(guess), zone);
  // Re-check: the offset at the guess and at the result differ on DST days.
  return new Date(guess - zoneOffsetMs(new Date(first), zone));
}

/** The calendar date (YYYY-MM-DD) of `at` in `zone`. */
export function localIsoDate(at: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}
