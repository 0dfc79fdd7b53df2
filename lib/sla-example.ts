import { zonedTimeToUtc } from "./business-hours";
import { slaDueAt, type Channel, type SlaConfig } from "./sla";

// The settings page explains a promise by an example that shows the business
// hours at work: a signal ten minutes before closing on the last open day of
// the week ("A chat that arrives on Friday at 16:50 is due on Monday at 08:05").

// A week without a daylight-saving switch in any of the offered time zones.
const MONDAY = { year: 2026, month: 11, day: 23 };

export function slaExample(config: SlaConfig, channel: Channel): { arrivesAt: Date; dueAt: Date } {
  const { days, start, end, timeZone } = config.hours;
  const lastDay = Math.max(...days);
  const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  const minute = Math.max(toMinutes(start), toMinutes(end) - 10);
  const arrivesAt = new Date(zonedTimeToUtc({ ...MONDAY, day: MONDAY.day + lastDay - 1 }, minute, timeZone));
  // The example shows the weekly hours: a closed day the manager added must not move it.
  const weekly = { ...config, hours: { ...config.hours, closedDates: [] } };
  return { arrivesAt, dueAt: slaDueAt(arrivesAt, channel, weekly) };
}
