import { addBusinessMinutes, zonedTimeToUtc, type BusinessHours, type LocalDay } from "./business-hours";
import { wallClockAsUtc } from "./time-zone";

// The rep's day, on their own wall clock (User.timeZone): "today" in the agenda runs from local
// midnight to the next local midnight, which is 23 or 25 hours long on a DST night. And the quick
// choices for moving a follow-up, which the server computes from its own clock, so a stale page or
// a laptop with the wrong time cannot plan a call in the past.

export type DayBounds = { start: Date; end: Date };

function localDayOf(ms: number, timeZone: string): LocalDay {
  const d = new Date(wallClockAsUtc(ms, timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function addDays({ year, month, day }: LocalDay, days: number): LocalDay {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Local midnight to local midnight of the day `now` falls on in `timeZone`. */
export function dayBounds(now: Date, timeZone: string): DayBounds {
  const today = localDayOf(now.getTime(), timeZone);
  return {
    start: new Date(zonedTimeToUtc(today, 0, timeZone)),
    end: new Date(zonedTimeToUtc(addDays(today, 1), 0, timeZone)),
  };
}

export const RESCHEDULE_CHOICES = ["later_today", "tomorrow_morning", "next_business_day"] as const;
export type RescheduleChoice = (typeof RESCHEDULE_CHOICES)[number];

const QUARTER_MS = 15 * 60_000;
/** "Later today" is two hours on, rounded up to a quarter: long enough to be later, short enough to be today. */
const LATER_MS = 2 * 60 * 60_000;
/** "Tomorrow morning" is 09:00 on the rep's clock: a time people say, whatever the team opens at. */
const MORNING_MINUTE = 9 * 60;

/**
 * The instant each quick choice means at `now`. "Later today" is absent when two hours on is
 * already tomorrow; "next business day" is the team calendar's next opening after today (weekends,
 * holidays and closed dates skipped), which may be tomorrow.
 */
export function rescheduleInstants(
  now: Date,
  timeZone: string,
  hours: BusinessHours,
): Partial<Record<RescheduleChoice, Date>> {
  const later = Math.ceil((now.getTime() + LATER_MS) / QUARTER_MS) * QUARTER_MS;
  const { end } = dayBounds(now, timeZone);
  const tomorrow = localDayOf(end.getTime(), timeZone);
  return {
    ...(later < end.getTime() ? { later_today: new Date(later) } : {}),
    tomorrow_morning: new Date(zonedTimeToUtc(tomorrow, MORNING_MINUTE, timeZone)),
    // The team calendar's first opening at or after the rep's midnight.
    next_business_day: addBusinessMinutes(end, 0, hours),
  };
}
