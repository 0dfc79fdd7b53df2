import { isoDate, type BusinessHours, type LocalDay } from "./business-hours";
import { isPublicHoliday } from "./holidays";
import { wallClockAsUtc } from "./time-zone";

// The closed days a manager should check on /settings/teams: the coming dates on which the
// calendar would be open by its weekdays but is closed, by a public holiday or a day they added.
// A holiday on a Sunday closes nothing a Monday–Friday team would notice, so it is not listed.

export type ClosedDay = { date: string; holiday: boolean; closed: boolean };

/** The next `count` closed open-weekdays from the local day of `from` on, looking a year ahead. */
export function nextClosedDays(hours: BusinessHours, from: Date, count: number): ClosedDay[] {
  const open = new Set(hours.days);
  const added = new Set(hours.closedDates ?? []);
  const start = new Date(wallClockAsUtc(from.getTime(), hours.timeZone));
  const out: ClosedDay[] = [];
  for (let i = 0; i < 366 && out.length < count; i++) {
    const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + i));
    const day: LocalDay = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
    if (!open.has(weekday)) continue;
    const date = isoDate(day);
    const holiday = isPublicHoliday(hours.holidayCountry, date);
    const closed = added.has(date);
    if (holiday || closed) out.push({ date, holiday, closed });
  }
  return out;
}

/** The open weekdays as runs: [1,2,3,4,5] → [[1,5]], [1,3,6,7] → [[1,1],[3,3],[6,7]]. */
export function weekdayRuns(days: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const d of [...new Set(days)].sort()) {
    const last = runs.at(-1);
    if (last && last[1] === d - 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}
