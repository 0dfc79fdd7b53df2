import { nextMonth } from "@/lib/goals";
import { localIsoDate, shiftIsoDate, startOfLocalDay } from "./date-range";

// The dashboard counts days, weeks and months in one time zone for everyone,
// the business's own, so that two managers comparing a week see the same week,
// and so the per-day rows it reads (LeadDayStat) line up with every date range.
// The migration dashboard_day_rows spells the same zone in SQL; a DB test checks it.
export const REPORTING_TIME_ZONE = "Europe/Oslo";

/** Calendar days [fromDate, toDate), as ISO dates. */
export type DateSpan = { fromDate: string; toDate: string };

export type DaySplit = {
  /** Whole reporting-zone days [fromDate, toDate) read from the day rows; null when there are none. */
  days: DateSpan | null;
  /** The parts of the range that do not cover a whole day, read from the leads themselves. */
  partial: { from: Date; to: Date }[];
};

/**
 * Splits [from, to) into whole days of the reporting zone and the pieces at either
 * end that are not. A range that ends now takes today's row whole: no lead is
 * created in the future, so it holds exactly the leads created today until now.
 */
export function splitIntoDays(from: Date, to: Date, options: { endsNow?: boolean; zone?: string } = {}): DaySplit {
  const zone = options.zone ?? REPORTING_TIME_ZONE;
  if (from >= to) return { days: null, partial: [] };
  const fromDay = localIsoDate(from, zone);
  const firstDate = startOfLocalDay(fromDay, zone).getTime() === from.getTime() ? fromDay : shiftIsoDate(fromDay, 1);
  // A range that ends now holds every lead created today so far: today's whole row.
  const lastDate = options.endsNow ? shiftIsoDate(localIsoDate(to, zone), 1) : localIsoDate(to, zone);
  const firstAt = startOfLocalDay(firstDate, zone);
  const lastAt = startOfLocalDay(lastDate, zone);
  if (firstAt >= lastAt) return { days: null, partial: [{ from, to }] };
  const partial = [];
  if (from < firstAt) partial.push({ from, to: firstAt });
  if (lastAt < to && !options.endsNow) partial.push({ from: lastAt, to });
  return { days: { fromDate: firstDate, toDate: lastDate }, partial };
}

/**
 * Splits whole days [fromDate, toDate) into the calendar months they cover completely and the days
 * before and after them: a long range reads one month row per key for each month (LeadDayStat's
 * month levels) and day rows only at its ends. A range inside one month is all days.
 */
export function splitIntoMonths({ fromDate, toDate }: DateSpan): { months: DateSpan | null; days: DateSpan[] } {
  const firstMonth = fromDate.endsWith("-01") ? fromDate : `${nextMonth(fromDate.slice(0, 7))}-01`;
  const lastMonth = `${toDate.slice(0, 8)}01`;
  if (firstMonth >= lastMonth) return { months: null, days: [{ fromDate, toDate }] };
  const days = [
    ...(fromDate < firstMonth ? [{ fromDate, toDate: firstMonth }] : []),
    ...(lastMonth < toDate ? [{ fromDate: lastMonth, toDate }] : []),
  ];
  return { months: { fromDate: firstMonth, toDate: lastMonth }, days };
}
