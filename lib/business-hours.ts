import { isPublicHoliday, type HolidayCountry } from "./holidays";
import { wallClockAsUtc, zoneOffsetAt } from "./time-zone";

// Business hours: when our people are at work, so that response promises
// ("we answer a chat within 15 minutes") only count time someone could answer.
//
// All arithmetic happens on the local calendar of `hours.timeZone`, never the
// server's: opening at 08:00 means 08:00 on the wall clock in Oslo, also in the
// weeks when Europe/Oslo switches between winter and summer time.
//
// Closed dates are skipped exactly like closed weekdays: the public holidays of
// `holidayCountry` (lib/holidays.ts: 17 May, Easter, Christmas Day …) and the
// local dates a manager closed by hand (stocktaking, a staff day). Each team
// has its own calendar (server/teams/calendar.ts).

export type BusinessHours = {
  /** IANA time zone the opening hours are written in, e.g. "Europe/Oslo". */
  timeZone: string;
  /** ISO weekdays that are open: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Local opening time, "HH:MM" (24-hour clock). */
  start: string;
  /** Local closing time, "HH:MM"; after `start`. "24:00" means midnight. */
  end: string;
  /** Whose public holidays are closed: "NO", "DK", or none (null or absent). */
  holidayCountry?: HolidayCountry | null;
  /** Extra closed local dates, "YYYY-MM-DD", on the calendar of `timeZone`. */
  closedDates?: string[];
};

export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  timeZone: "Europe/Oslo",
  days: [1, 2, 3, 4, 5],
  start: "08:00",
  end: "17:00",
  holidayCountry: "NO",
  closedDates: [],
};

const MINUTE_MS = 60_000;

/**
 * The moment `minutes` of open time after `from`. A signal that arrives after
 * hours or on a closed day starts counting at the next opening, so adding 0
 * minutes to a Saturday gives Monday's opening.
 */
export function addBusinessMinutes(from: Date, minutes: number, hours: BusinessHours = DEFAULT_BUSINESS_HOURS): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`addBusinessMinutes: minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  const rules = parseHours(hours);
  const fromMs = validTime(from, "from");
  let remaining = minutes * MINUTE_MS;
  let day = localDate(fromMs, hours.timeZone);
  // Each open weekday offers at least one minute and closed dates are finitely
  // many per year, so this loop ends; the bound only guards against a bug
  // turning into a hung request.
  for (let i = 0; i < 1_000_000; i++, day = nextDay(day)) {
    const window = openWindow(day, rules, hours.timeZone);
    if (!window || fromMs >= window.close) continue;
    const begin = Math.max(fromMs, window.open);
    const available = window.close - begin;
    if (remaining <= available) return new Date(begin + remaining);
    remaining -= available;
  }
  throw new Error("addBusinessMinutes: no end found");
}

/**
 * Open minutes between two moments (0 when `end` ≤ `start`). Exact: may be
 * fractional when the moments are not on whole minutes, so that
 * `addBusinessMinutes(start, businessMinutesBetween(start, end))` gives `end`
 * back whenever `end` lies inside opening hours.
 */
export function businessMinutesBetween(start: Date, end: Date, hours: BusinessHours = DEFAULT_BUSINESS_HOURS): number {
  const rules = parseHours(hours);
  const startMs = validTime(start, "start");
  const endMs = validTime(end, "end");
  if (endMs <= startMs) return 0;
  let total = 0;
  for (let day = localDate(startMs, hours.timeZone); ; day = nextDay(day)) {
    const window = openWindow(day, rules, hours.timeZone);
    // Local midnight starting this day lies before the day's opening; once it
    // is past `end`, no later day can overlap.
    if (window) {
      if (window.open >= endMs) break;
      total += Math.max(0, Math.min(window.close, endMs) - Math.max(window.open, startMs));
    } else if (zonedTimeToUtc(day, 0, hours.timeZone) >= endMs) {
      break;
    }
  }
  return total / MINUTE_MS;
}

// ——— local calendar helpers ———

export type LocalDay = { year: number; month: number; day: number };
type ParsedHours = {
  days: Set<number>;
  startMin: number;
  endMin: number;
  holidayCountry: HolidayCountry | null;
  closedDates: ReadonlySet<string>;
};

function parseHours(hours: BusinessHours): ParsedHours {
  const startMin = parseClock(hours.start);
  const endMin = parseClock(hours.end);
  const days = new Set(hours.days.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7));
  if (days.size === 0) throw new RangeError("BusinessHours: at least one open weekday (1–7) is required");
  if (endMin <= startMin) throw new RangeError(`BusinessHours: end ${hours.end} must be after start ${hours.start}`);
  return {
    days,
    startMin,
    endMin,
    holidayCountry: hours.holidayCountry ?? null,
    closedDates: new Set(hours.closedDates ?? []),
  };
}

function parseClock(value: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || minutes > 24 * 60) throw new RangeError(`BusinessHours: "${value}" is not HH:MM`);
  return minutes;
}

function validTime(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is an invalid Date`);
  return ms;
}

/** The open interval of one local day in UTC milliseconds, or null when closed. */
function openWindow(day: LocalDay, rules: ParsedHours, timeZone: string): { open: number; close: number } | null {
  if (!rules.days.has(isoWeekday(day))) return null;
  const date = isoDate(day);
  if (rules.closedDates.has(date) || isPublicHoliday(rules.holidayCountry, date)) return null;
  return { open: zonedTimeToUtc(day, rules.startMin, timeZone), close: zonedTimeToUtc(day, rules.endMin, timeZone) };
}

function isoWeekday({ year, month, day }: LocalDay): number {
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** "YYYY-MM-DD" of a local day, the form holidays and closed dates are written in. */
export function isoDate({ year, month, day }: LocalDay): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function nextDay({ year, month, day }: LocalDay): LocalDay {
  const d = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function localDate(ms: number, timeZone: string): LocalDay {
  const d = new Date(wallClockAsUtc(ms, timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The instant when the local clock of `day` reads `minuteOfDay`. The offset is
 * looked up twice because it can differ on either side of a DST switch. A time
 * that does not exist (inside the spring-forward gap) resolves to a moment next
 * to the gap; opening hours never fall there in practice.
 */
export function zonedTimeToUtc(day: LocalDay, minuteOfDay: number, timeZone: string): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day, 0, minuteOfDay);
  const guess = wall - zoneOffsetAt(wall, timeZone);
  return wall - zoneOffsetAt(guess, timeZone);
}
