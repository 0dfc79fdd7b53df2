// Reading an instant on the wall clock of an IANA time zone, with Intl only
// (no date library). Shared by business hours and the datetime-local fields,
// so both agree on what "08:00 in Oslo" is, also across DST changes.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading in `timeZone` at `ms`, expressed as if it were UTC (whole seconds). */
export function wallClockAsUtc(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** How far the zone's clock is ahead of UTC at `ms` (+3 600 000 for Oslo in winter; whole seconds). */
export function zoneOffsetAt(ms: number, timeZone: string): number {
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return wallClockAsUtc(wholeSecond, timeZone) - wholeSecond;
}

/** ISO 8601 to the second with the zone's offset ("2026-11-24T10:15:00+01:00"): the reader's clock, unambiguous. */
export function isoWithOffset(ms: number, timeZone: string): string {
  const offset = zoneOffsetAt(ms, timeZone);
  const wall = new Date(ms - (((ms % 1000) + 1000) % 1000) + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${wall}${offset < 0 ? "-" : "+"}${hh}:${mm}`;
}
