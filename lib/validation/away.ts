import { z } from "zod";
import { utcToLocalDateTime } from "./local-date-time";

// A staff user marked away (holiday, sick, a course): round-robin skips them until the day they
// are back (server/routing/round-robin.ts). Marked by themselves from the account menu, or by a
// manager on the users page. `back` is the first day they are present again, a date from
// <input type="date">, read in the user's own time zone; empty means "present now".

/** Far enough for parental leave; further is more likely a typo in the year. */
export const AWAY_MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export type AwayError = "past" | "tooFar" | "date" | "notFound";

export const setAwaySchema = z.object({
  /** Absent: the signed-in user themselves. */
  userId: z.uuid({ error: "notFound" }).optional(),
  back: z.union([z.literal(""), z.iso.date({ error: "date" })], { error: "date" }),
});
export type SetAwayInput = z.infer<typeof setAwaySchema>;

/** The form's fields, "" for an absent one. */
export const readAwayForm = (formData: FormData) => ({
  userId: formData.get("userId") || undefined,
  back: formData.get("back") ?? "",
});

/** The days the date field offers: tomorrow (today's start has passed) to AWAY_MAX_DAYS ahead, in `timeZone`. */
export function awayDateRange(now: Date, timeZone: string): { minDate: string; maxDate: string } {
  const day = (ms: number) => utcToLocalDateTime(new Date(ms), timeZone).slice(0, 10);
  return { minDate: day(now.getTime() + DAY_MS), maxDate: day(now.getTime() + (AWAY_MAX_DAYS - 1) * DAY_MS) };
}
