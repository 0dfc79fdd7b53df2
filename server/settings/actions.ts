"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import {
  configToFormValues,
  slaFieldErrors,
  slaFormInput,
  slaFormValues,
  slaSettingsSchema,
  type SlaFormValues,
} from "@/lib/validation/sla-settings";
import { formAction } from "@/server/actions/client";
import { saveSlaConfig } from "./sla";

// Managers only (who: "manager"): these settings belong to the business, so the role is the rule.

export type SlaSettingsState =
  | { ok: true; values: SlaFormValues }
  | { ok: false; values: SlaFormValues; fieldErrors: Partial<Record<string, string>>; message: string }
  | null;
type SlaState = NonNullable<SlaSettingsState>;

/** Saves the response-time promise and business hours (server/settings/sla.ts); applies to new signals only. */
export const saveSlaSettingsAction = formAction({
  who: "manager",
  schema: slaSettingsSchema,
  read: (formData) => slaFormInput(slaFormValues(formData)),
  invalid: async (error, { raw }): Promise<SlaState> => {
    const t = await getTranslations("settings.sla");
    const fieldErrors = Object.fromEntries(
      Object.entries(slaFieldErrors(error)).map(([field, code]) => [field, t(`errors.${code!}`)]),
    );
    return { ok: false, values: slaFormValues(raw), fieldErrors, message: t("invalid") };
  },
  run: async ({ session, input, db, raw }): Promise<SlaState> => {
    const result = await saveSlaConfig(db, session, input);
    if (!result.ok)
      return {
        ok: false,
        values: slaFormValues(raw),
        fieldErrors: {},
        message: (await getTranslations("settings.sla"))("invalid"),
      };
    revalidatePath("/settings/sla");
    return { ok: true, values: configToFormValues(result.config) };
  },
});
