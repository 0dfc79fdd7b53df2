"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { formFields } from "@/lib/validation/form-data";
import { GOAL_FIELDS, goalSchema, weeklyReportSchema, type GoalField } from "@/lib/validation/goals";
import { callAction, formAction } from "@/server/actions/client";
import { setGoal, setWeeklyReport } from "./service";

// Managers only (who: "manager", and server/access/goal.ts again in the service).

export type GoalFormState = {
  ok: boolean;
  message: string;
  fieldErrors?: Partial<Record<GoalField, string>>;
} | null;
type State = NonNullable<GoalFormState>;

const CODES = new Set(["notANumber", "notWhole", "negative", "tooLarge"]);

async function invalid(error: z.ZodError): Promise<State> {
  const t = await getTranslations("goals.errors");
  const fieldErrors: Partial<Record<GoalField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as GoalField;
    if (!(GOAL_FIELDS as readonly string[]).includes(field)) return { ok: false, message: t("formOutdated") };
    fieldErrors[field] = t(CODES.has(issue.message) ? (issue.message as "negative") : "notANumber");
  }
  return { ok: false, message: t("invalid"), fieldErrors };
}

export const setGoalAction = formAction({
  who: "manager",
  schema: goalSchema,
  read: (formData) => formFields(formData, ["month", "kind", "targetId", ...GOAL_FIELDS, "currency"]),
  invalid,
  run: async ({ session, input, db }): Promise<State> => {
    const t = await getTranslations("goals");
    const result = await setGoal(db, session, input);
    if (!result.ok) return { ok: false, message: t("errors.formOutdated") };
    revalidatePath("/settings/goals");
    return { ok: true, message: t(result.cleared ? "cleared" : "saved") };
  },
});

export const setWeeklyReportAction = callAction({
  who: "manager",
  schema: weeklyReportSchema,
  invalid: () => ({ ok: false }),
  run: async ({ session, input, db }) => {
    const ok = await setWeeklyReport(db, session, input.enabled);
    revalidatePath("/account");
    return { ok };
  },
});
