"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  closedDayFieldErrors,
  closedDayFormInput,
  closedDayFormValues,
  closedDaySchema,
  teamHoursFieldErrors,
  teamHoursFormInput,
  teamHoursFormValues,
  teamHoursSchema,
  type ClosedDayFormValues,
  type TeamHoursFormValues,
} from "@/lib/validation/team-calendar";
import { formAction } from "@/server/actions/client";
import { addTeamClosedDay, removeTeamClosedDay, saveTeamHours } from "./calendar-service";

// Managers only (who: "manager"): a team's calendar belongs to the business, so the role is the rule.

type Fields = Partial<Record<string, string>>;
export type TeamHoursState =
  | { ok: true; values: TeamHoursFormValues }
  | { ok: false; values: TeamHoursFormValues; fieldErrors: Fields; message: string }
  | null;
export type ClosedDayState =
  | { ok: true; values: ClosedDayFormValues }
  | { ok: false; values: ClosedDayFormValues; fieldErrors: Fields; message: string }
  | null;
export type RemoveClosedDayState = { ok: boolean; message?: string } | null;

const PAGE = "/settings/teams";

/** A team's days, hours, time zone and holiday country (server/teams/calendar-service.ts); new clocks only. */
export const saveTeamHoursAction = formAction({
  who: "manager",
  schema: teamHoursSchema,
  read: teamHoursFormInput,
  invalid: async (error, { raw }): Promise<NonNullable<TeamHoursState>> => {
    const t = await getTranslations("settings");
    const fieldErrors = Object.fromEntries(
      Object.entries(teamHoursFieldErrors(error)).map(([field, code]) => [field, t(`sla.errors.${code!}`)]),
    );
    const outdated = error.issues.some((i) => i.path[0] === "teamId");
    return {
      ok: false,
      values: teamHoursFormValues(raw),
      fieldErrors,
      message: outdated ? t("teams.errors.formOutdated") : t("sla.invalid"),
    };
  },
  run: async ({ session, input, db, raw }): Promise<NonNullable<TeamHoursState>> => {
    const result = await saveTeamHours(db, session, input);
    const t = await getTranslations("settings");
    if (!result.ok)
      return { ok: false, values: teamHoursFormValues(raw), fieldErrors: {}, message: t("teams.errors.formOutdated") };
    revalidatePath(PAGE);
    return { ok: true, values: teamHoursFormValues(raw) };
  },
});

/** Closes one date for a team, with a note saying why. */
export const addClosedDayAction = formAction({
  who: "manager",
  schema: closedDaySchema,
  read: closedDayFormInput,
  invalid: async (error, { raw }): Promise<NonNullable<ClosedDayState>> => {
    const t = await getTranslations("settings.teams");
    const { form, ...fields } = closedDayFieldErrors(error);
    const fieldErrors = Object.fromEntries(Object.entries(fields).map(([f, code]) => [f, t(`errors.${code!}`)]));
    return {
      ok: false,
      values: closedDayFormValues(raw),
      fieldErrors,
      message: t(form ? "errors.formOutdated" : "errors.closedDayInvalid"),
    };
  },
  run: async ({ session, input, db, raw }): Promise<NonNullable<ClosedDayState>> => {
    const result = await addTeamClosedDay(db, session, input);
    const t = await getTranslations("settings.teams");
    if (!result.ok) {
      const duplicate = result.reason === "duplicate";
      return {
        ok: false,
        values: closedDayFormValues(raw),
        fieldErrors: duplicate ? { date: t("errors.duplicate") } : {},
        message: t(duplicate ? "errors.closedDayInvalid" : "errors.formOutdated"),
      };
    }
    revalidatePath(PAGE);
    // The form empties for the next day.
    return { ok: true, values: { date: "", note: "" } };
  },
});

const removeSchema = z.object({ teamId: z.guid(), closedDayId: z.guid() });

/** Opens a closed day again. */
export const removeClosedDayAction = formAction({
  who: "manager",
  schema: removeSchema,
  read: (formData) => ({ teamId: formData.get("teamId"), closedDayId: formData.get("closedDayId") }),
  invalid: async (): Promise<NonNullable<RemoveClosedDayState>> => ({
    ok: false,
    message: (await getTranslations("settings.teams"))("errors.formOutdated"),
  }),
  run: async ({ session, input, db }): Promise<NonNullable<RemoveClosedDayState>> => {
    const result = await removeTeamClosedDay(db, session, input);
    if (!result.ok) return { ok: false, message: (await getTranslations("settings.teams"))("errors.formOutdated") };
    revalidatePath(PAGE);
    return { ok: true };
  },
});
