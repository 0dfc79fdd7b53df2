import type { getFormatter } from "next-intl/server";
import { CLOCK } from "@/lib/date-time-format";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/**
 * A moment as a rep says it on their own clock: "14:05" today, "Wed 2 Dec, 09:00" on any other
 * day (the weekday matters more than the year in a day's work).
 */
export function whenText(format: Formatter, at: Date, now: Date, timeZone: string): string {
  // The same local date as now, read on the rep's clock (exact also on a 23- or 25-hour day).
  const sameDay =
    format.dateTime(at, { dateStyle: "short", timeZone }) === format.dateTime(now, { dateStyle: "short", timeZone });
  if (sameDay) {
    return format.dateTime(at, { ...CLOCK, timeZone });
  }
  return format.dateTime(at, { weekday: "short", day: "numeric", month: "short", ...CLOCK, timeZone });
}
