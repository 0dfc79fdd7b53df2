"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { readRuleForm, ruleFormSchema, toggleRuleSchema } from "@/lib/validation/automation";
import { callAction, formAction } from "@/server/actions/client";
import { saveRule, setRuleEnabled } from "./rule-service";

// Managers only (who: "manager"): a rule acts on every customer it matches.

const PAGE = "/settings/automations";

export type RuleFormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Partial<Record<string, string>>;
  id?: string;
  version?: number;
} | null;

/** Field errors by the form's own field names (params.days, actions.0.template …). */
async function fieldErrorsOf(error: z.ZodError): Promise<Record<string, string>> {
  const t = await getTranslations("settings.automations.errors");
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    // An action's whole row (its type) or one of its fields.
    const field = path[0] === "actions" && path.length === 2 ? `actions.${path[1]}.type` : path.join(".");
    const key = path[0] === "name" ? "name" : path[0] === "actions" && path.length < 2 ? "actions" : "field";
    out[field === "actions" ? "actions.0.type" : field] ??= t(key);
  }
  return out;
}

export const saveRuleAction = formAction({
  who: "manager",
  schema: ruleFormSchema,
  read: readRuleForm,
  invalid: async (error): Promise<NonNullable<RuleFormState>> => ({
    ok: false,
    message: (await getTranslations("settings.automations.errors"))("invalid"),
    fieldErrors: await fieldErrorsOf(error),
  }),
  run: async ({ session, input, db }): Promise<NonNullable<RuleFormState>> => {
    const t = await getTranslations("settings.automations");
    const result = await saveRule(db, session, input);
    if (!result.ok) return { ok: false, message: t(`errors.${result.reason}`) };
    revalidatePath(PAGE);
    return { ok: true, message: t("saved"), id: result.id, version: result.version };
  },
});

export type ToggleState = { ok: true; enabled: boolean } | { ok: false; message: string };

export const toggleRuleAction = callAction({
  who: "manager",
  schema: toggleRuleSchema,
  invalid: async (): Promise<ToggleState> => ({
    ok: false,
    message: (await getTranslations("settings.errors"))("generic"),
  }),
  run: async ({ session, input, db }): Promise<ToggleState> => {
    const result = await setRuleEnabled(db, session, input);
    if (!result.ok)
      return { ok: false, message: (await getTranslations("settings.automations.errors"))(result.reason) };
    revalidatePath(PAGE);
    return result;
  },
});
