import { z } from "zod";
import { HOLIDAY_COUNTRIES } from "@/lib/holiday-countries";
import type { Channel, SlaConfig } from "@/lib/sla";
import { SLA_CHANNELS, SLA_MINUTES_MAX, SLA_TIME_ZONES } from "./sla-settings-options";
export * from "./sla-settings-options";

// The response-time settings (/settings/sla): the form, its server action and
// the stored AppSetting "sla" all go through slaSettingsSchema, so a stored
// value is exactly what the form could have saved. Messages are keys of the
// "settings.sla.errors" catalogue.

export type SlaErrorCode = "minutes" | "daysRequired" | "time" | "closeAfterOpen" | "timeZone" | "holidayCountry";

const minutes = z.number({ error: "minutes" }).int("minutes").min(1, "minutes").max(SLA_MINUTES_MAX, "minutes");
// A native time input sends "HH:MM"; "24:00" is not something it can send.
const clock = z.string({ error: "time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");

/** A local date "YYYY-MM-DD" that exists on the calendar. */
export const isoDateSchema = z.iso.date();

/**
 * Opening hours: the default calendar here, and each team's (lib/validation/team-calendar.ts).
 * Closed dates are a team's own (added one by one on /settings/teams), so the forms do not send them.
 */
export const businessHoursSchema = z
  .object({
    timeZone: z.enum(SLA_TIME_ZONES, { error: "timeZone" }),
    days: z
      .array(z.number().int().min(1).max(7), { error: "daysRequired" })
      .min(1, "daysRequired")
      .transform((days) => [...new Set(days)].sort()),
    start: clock,
    end: clock,
    holidayCountry: z.enum(HOLIDAY_COUNTRIES, { error: "holidayCountry" }).nullable(),
    closedDates: z.array(isoDateSchema).max(1000).default([]),
  })
  // "HH:MM" strings of equal length compare like the times they name.
  .refine((h) => h.end > h.start, { message: "closeAfterOpen", path: ["end"] });

export const slaSettingsSchema = z.object({
  minutesByChannel: z.object(
    Object.fromEntries(SLA_CHANNELS.map((c) => [c, minutes])) as Record<Channel, typeof minutes>,
  ),
  hours: businessHoursSchema,
}) satisfies z.ZodType<SlaConfig, unknown>;

/** Field name in the form → its error code. Keys: "minutes.CHAT", "days", "start", "end", "timeZone". */
export type SlaFieldErrors = Partial<Record<string, SlaErrorCode>>;

/** The form's raw values, kept so that a form with errors shows what was typed. */
export type SlaFormValues = {
  minutes: Record<string, string>;
  days: string[];
  start: string;
  end: string;
  timeZone: string;
  /** "NO", "DK", or "" for none. */
  holidayCountry: string;
};

export function slaFormValues(formData: FormData): SlaFormValues {
  const text = (name: string) => String(formData.get(name) ?? "").trim();
  return {
    minutes: Object.fromEntries(SLA_CHANNELS.map((c) => [c, text(`minutes.${c}`)])),
    days: formData.getAll("days").map(String),
    start: text("start"),
    end: text("end"),
    timeZone: text("timeZone"),
    holidayCountry: text("holidayCountry"),
  };
}

export function configToFormValues(config: SlaConfig): SlaFormValues {
  return {
    minutes: Object.fromEntries(SLA_CHANNELS.map((c) => [c, String(config.minutesByChannel[c])])),
    days: config.hours.days.map(String),
    start: config.hours.start,
    end: config.hours.end,
    timeZone: config.hours.timeZone,
    holidayCountry: config.hours.holidayCountry ?? "",
  };
}

const toNumber = (value: string) => (value === "" ? NaN : Number(value));

/** What the form's fields say, in the shape slaSettingsSchema reads. */
export function slaFormInput(values: SlaFormValues) {
  return {
    minutesByChannel: Object.fromEntries(SLA_CHANNELS.map((c) => [c, toNumber(values.minutes[c] ?? "")])),
    hours: hoursFormInput(values),
  };
}

/** The opening-hours fields of a form, in the shape businessHoursSchema reads. */
export function hoursFormInput(values: Omit<SlaFormValues, "minutes">) {
  return {
    timeZone: values.timeZone,
    days: values.days.map(Number),
    start: values.start,
    end: values.end,
    holidayCountry: values.holidayCountry === "" ? null : values.holidayCountry,
  };
}

/** The schema's issues as one code per form field ("minutes.CHAT", "days", "start", …). */
export function slaFieldErrors(error: z.ZodError): SlaFieldErrors {
  const fieldErrors: SlaFieldErrors = {};
  for (const issue of error.issues) {
    const [group, name] = issue.path.map(String);
    const field = group === "minutesByChannel" ? `minutes.${name}` : name;
    const code = (issue.path.includes("days") ? "daysRequired" : issue.message) as SlaErrorCode;
    fieldErrors[field] ??= code;
  }
  return fieldErrors;
}

/** Parses the form; errors are keyed by the form's field names. */
export function parseSlaForm(
  values: SlaFormValues,
): { success: true; data: SlaConfig } | { success: false; fieldErrors: SlaFieldErrors } {
  const parsed = slaSettingsSchema.safeParse(slaFormInput(values));
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, fieldErrors: slaFieldErrors(parsed.error) };
}
