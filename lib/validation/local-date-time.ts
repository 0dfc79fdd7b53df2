import { wallClockAsUtc, zoneOffsetAt } from "../time-zone";

// A <input type="datetime-local"> sends wall-clock time without a zone
// ("2026-11-25T09:30"). Staff mean their own time zone (Europe/Oslo for the
// demo), so the server converts with that zone, never with the server's own.

const DAY = 24 * 60 * 60 * 1000;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

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
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return null;
  // Offsets a day either side cover any single transition.
  const before = zoneOffsetAt(wall - DAY, timeZone);
  const after = zoneOffsetAt(wall + DAY, timeZone);
  const readsBack = (t: number) => t + zoneOffsetAt(t, timeZone) === wall;
  const candidates = [wall - before, wall - after].filter(readsBack);
  return new Date(candidates.length ? Math.min(...candidates) : wall - before);
}

/** The value a datetime-local input shows for `date` in `timeZone` ("2026-11-25T09:30"). */
export function utcToLocalDateTime(date: Date, timeZone: string): string {
  // The wall clock read as UTC, so its ISO text is the local date and time.
  return new Date(wallClockAsUtc(date.getTime(), timeZone)).toISOString().slice(0, 16);
}
