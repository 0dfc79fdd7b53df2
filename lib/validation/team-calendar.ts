import { z } from "zod";
import { oneLine } from "./plain-text";
import { CLOSED_DAY_NOTE_MAX } from "./team-calendar-options";
import {
  businessHoursSchema,
  hoursFormInput,
  isoDateSchema,
  slaFieldErrors,
  type SlaFieldErrors,
  type SlaFormValues,
} from "./sla-settings";

// A team's calendar on /settings/teams: its opening hours (the same fields and rules as the default
// calendar on /settings/sla) and the days a manager closed one by one. Messages are keys of
// "settings.teams.errors" (hours share "settings.sla.errors").

export * from "./team-calendar-options";

/** Closed days are for the near future and recent past; a date centuries away is a typo. */
const YEARS = { min: 2000, max: 2100 };

export const teamHoursSchema = z.object({
  teamId: z.guid({ error: "formOutdated" }),
  hours: businessHoursSchema,
});
export type TeamHoursInput = z.infer<typeof teamHoursSchema>;

export type TeamHoursFormValues = Omit<SlaFormValues, "minutes">;

export function teamHoursFormValues(formData: FormData): TeamHoursFormValues {
  const text = (name: string) => String(formData.get(name) ?? "").trim();
  return {
    days: formData.getAll("days").map(String),
    start: text("start"),
    end: text("end"),
    timeZone: text("timeZone"),
    holidayCountry: text("holidayCountry"),
  };
}

export function teamHoursFormInput(formData: FormData) {
  return { teamId: String(formData.get("teamId") ?? ""), hours: hoursFormInput(teamHoursFormValues(formData)) };
}

/** Field name → error code ("days", "start", "end", "timeZone", "holidayCountry"). */
export function teamHoursFieldErrors(error: z.ZodError): SlaFieldErrors {
  return slaFieldErrors(error);
}

export const closedDaySchema = z.object({
  teamId: z.guid({ error: "formOutdated" }),
  // Every issue with the date (missing, malformed, not on the calendar, out of range) reads "date".
  date: isoDateSchema.refine((d) => Number(d.slice(0, 4)) >= YEARS.min && Number(d.slice(0, 4)) < YEARS.max),
  note: z
    .string({ error: "noteRequired" })
    .transform((v) => oneLine(v).trim())
    .pipe(z.string().min(1, "noteRequired").max(CLOSED_DAY_NOTE_MAX, "noteTooLong")),
});
export type ClosedDayInput = z.infer<typeof closedDaySchema>;
export type ClosedDayErrorCode = "formOutdated" | "date" | "noteRequired" | "noteTooLong" | "duplicate";

export type ClosedDayFormValues = { date: string; note: string };

export function closedDayFormValues(formData: FormData): ClosedDayFormValues {
  return { date: String(formData.get("date") ?? "").trim(), note: String(formData.get("note") ?? "") };
}

export function closedDayFormInput(formData: FormData) {
  return { teamId: String(formData.get("teamId") ?? ""), ...closedDayFormValues(formData) };
}

/** The schema's issues as one code per field: "date", "note" (a bad team id is "form"). */
export function closedDayFieldErrors(error: z.ZodError): Partial<Record<"date" | "note" | "form", ClosedDayErrorCode>> {
  const out: Partial<Record<"date" | "note" | "form", ClosedDayErrorCode>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] === "teamId" ? "form" : (issue.path[0] as "date" | "note");
    out[field] ??= (field === "date" ? "date" : issue.message) as ClosedDayErrorCode;
  }
  return out;
}
