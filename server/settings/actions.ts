"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { roundRobinSchema } from "@/lib/validation/settings";
import { configToFormValues, parseSlaForm, slaFormValues, type SlaFormValues } from "@/lib/validation/sla-settings";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { setRoundRobin } from "@/server/leads/assignment";
import { saveSlaConfig } from "./sla";

export type RoundRobinState = { ok: true; enabled: boolean } | { ok: false; message: string };

/** Turns automatic assignment of new leads on or off (server/leads/assignment.ts). */
export async function setRoundRobinAction(input: { enabled: boolean }): Promise<RoundRobinState> {
  const session = await requireRole("MANAGER");
  const parsed = roundRobinSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: (await getTranslations("settings.errors"))("generic") };
  await setRoundRobin(await getDb(), session, parsed.data);
  revalidatePath("/settings/api-keys");
  return { ok: true, enabled: parsed.data.enabled };
}

export type SlaSettingsState =
  | { ok: true; values: SlaFormValues }
  | { ok: false; values: SlaFormValues; fieldErrors: Partial<Record<string, string>>; message: string }
  | null;

/** Saves the response-time promise and business hours (server/settings/sla.ts); applies to new signals only. */
export async function saveSlaSettingsAction(_previous: SlaSettingsState, formData: FormData): Promise<SlaSettingsState> {
  const session = await requireRole("MANAGER");
  const t = await getTranslations("settings.sla");
  const values = slaFormValues(formData);
  const parsed = parseSlaForm(values);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, code]) => [field, t(`errors.${code!}`)]));
    return { ok: false, values, fieldErrors, message: t("invalid") };
  }
  const result = await saveSlaConfig(await getDb(), session, parsed.data);
  if (!result.ok) return { ok: false, values, fieldErrors: {}, message: t("invalid") };
  revalidatePath("/settings/sla");
  return { ok: true, values: configToFormValues(result.config) };
}
