"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { formFields } from "@/lib/validation/form-data";
import { createLostReasonSchema, moveLostReasonSchema, updateLostReasonSchema } from "@/lib/validation/lost-reason";
import { formAction } from "@/server/actions/client";
import { createLostReason, moveLostReason, updateLostReason, type LostReasonChange } from "./service";

// Managers only (who: "manager", and server/access/lost-reason.ts again in the service).

const PAGE = "/settings/lost-reasons";

export type LostReasonFormState = { ok: boolean; message: string; fieldErrors?: { label?: string } } | null;
type State = NonNullable<LostReasonFormState>;

const CODES = new Set(["labelRequired", "labelTooLong"]);

async function invalid(error: z.ZodError): Promise<State> {
  const t = await getTranslations("pipeline.reasons.errors");
  const labelIssue = error.issues.find((i) => i.path[0] === "label" && CODES.has(i.message));
  if (!labelIssue) return { ok: false, message: t("formOutdated") };
  const message = t(labelIssue.message as "labelRequired");
  return { ok: false, message, fieldErrors: { label: message } };
}

async function answer(result: LostReasonChange, success: string): Promise<State> {
  const t = await getTranslations("pipeline.reasons.errors");
  if (result.ok) {
    revalidatePath(PAGE);
    return { ok: true, message: success };
  }
  return { ok: false, message: t(result.reason === "too_many" ? "tooMany" : "formOutdated") };
}

export const createLostReasonAction = formAction({
  who: "manager",
  schema: createLostReasonSchema,
  read: (formData) => formFields(formData, ["label"]),
  invalid,
  run: async ({ session, input, db }) => {
    const t = await getTranslations("pipeline.reasons");
    return answer(await createLostReason(db, session, input.label), t("added"));
  },
});

export const updateLostReasonAction = formAction({
  who: "manager",
  schema: updateLostReasonSchema,
  read: (formData) => formFields(formData, ["id", "label", "active"]),
  invalid,
  run: async ({ session, input, db }) => {
    const t = await getTranslations("pipeline.reasons");
    return answer(await updateLostReason(db, session, input), t("saved"));
  },
});

export const moveLostReasonAction = formAction({
  who: "manager",
  schema: moveLostReasonSchema,
  read: (formData) => formFields(formData, ["id", "direction"]),
  invalid,
  run: async ({ session, input, db }) => {
    const t = await getTranslations("pipeline.reasons");
    return answer(await moveLostReason(db, session, input), t("moved"));
  },
});
