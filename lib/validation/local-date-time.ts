// A <input type="datetime-local"> sends wall-clock time without a zone
// ("2026-11-25T09:30"). Staff mean their own time zone (Europe/Oslo for the
// demo), so the server converts with that zone, never with the server's own.

const DAY = 24 * 60 * 60 * 1000;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function partsIn(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23",
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** Milliseconds the zone is ahead of UTC at `date` (+3 600 000 for Oslo in winter). */
function offsetAt(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time names in `timeZone`, or null when the text is not a real
 * date-time. Around a DST change it behaves like Temporal's "compatible" rule: in the autumn
 * overlap the first occurrence wins; a time in the spring gap (02:30 that never happens) is
 * read with the offset before the jump, so it lands just after it (03:30).
 */
export function localDateTimeToUtc(value: string, timeZone: string): Date | null {
  const m = LOCAL_PATTERN.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 2026-02-30 over into March: reject instead of guessing.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day
    || hour > 23 || minute > 59 || second > 59) return null;
  // Offsets a day either side cover any single transition.
  const before = offsetAt(new Date(wall - DAY), timeZone);
  const after = offsetAt(new Date(wall + DAY), timeZone);
  const readsBack = (t: number) => t + offsetAt(new Date(t), timeZone) === wall;
  const candidates = [wall - before, wall - after].filter(readsBack);
  return new Date(candidates.length ? Math.min(...candidates) : wall - before);
}

/** The value a datetime-local input shows for `date` in `timeZone` ("2026-11-25T09:30"). */
export function utcToLocalDateTime(date: Date, timeZone: string): string {
  const p = partsIn(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
