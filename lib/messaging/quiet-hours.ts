import { addBusinessMinutes, type BusinessHours } from "@/lib/business-hours";

// Marketing SMS are not sent at night, on Sundays or on public holidays: a text message buzzes in
// the customer's pocket, and a sales text at 22:30 or on Christmas Day costs more goodwill than it
// earns (the Norwegian and Danish consumer authorities' guidance asks for sensible times). The
// allowed window is 08:00–21:00, Monday to Saturday, on the wall clock of the customer's team's
// calendar (its time zone, holiday country and closed days; server/teams/calendar.ts). A message
// due outside it waits for the next allowed moment. E-mail waits in an inbox and has no quiet hours.
//
// The window is a business-hours calendar, so the DST-safe arithmetic of lib/business-hours.ts does
// the work: 08:00 means 08:00 on the local wall clock also across the nights the clocks change.

export const SMS_WINDOW = { days: [1, 2, 3, 4, 5, 6], start: "08:00", end: "21:00" } as const;

export type QuietHoursCalendar = Pick<BusinessHours, "timeZone" | "holidayCountry" | "closedDates">;

/** `at` itself when an SMS may go then, else the start of the next allowed window. */
export function nextSmsMoment(at: Date, calendar: QuietHoursCalendar): Date {
  return addBusinessMinutes(at, 0, {
    timeZone: calendar.timeZone,
    holidayCountry: calendar.holidayCountry ?? null,
    closedDates: calendar.closedDates ?? [],
    days: [...SMS_WINDOW.days],
    start: SMS_WINDOW.start,
    end: SMS_WINDOW.end,
  });
}

/** Whether an SMS may go out at `at`. */
export function isSmsQuietTime(at: Date, calendar: QuietHoursCalendar): boolean {
  return nextSmsMoment(at, calendar).getTime() !== at.getTime();
}
