"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { readWebFormSettings, webFormIdSchema, webFormSettingsSchema } from "@/lib/validation/web-form";
import { callAction, formAction } from "@/server/actions/client";
import { createWebForm, setWebFormActive, updateWebForm } from "./service";

// Managers only (who: "manager", and server/access/web-form.ts in the service): a web form opens a
// public door into a team's leads and decides which consents are asked for.

const PAGE = "/settings/web-forms";

type ErrorCode =
  | "nameRequired"
  | "tooLong"
  | "language"
  | "notFound"
  | "reference"
  | "consentText"
  | "thankYouRequired"
  | "contactField"
  | "consentNeedsEmail"
  | "generic";
const CODES = new Set<string>([
  "nameRequired",
  "tooLong",
  "language",
  "notFound",
  "reference",
  "consentText",
  "thankYouRequired",
  "contactField",
  "consentNeedsEmail",
]);

export type WebFormEditorState =
  { ok: true; message: string } | { ok: false; message?: string; fieldErrors: Partial<Record<string, string>> } | null;

/** Field paths as the editor names its controls: name, fields, consentText.SMS, thankYouText … */
function fieldName(path: PropertyKey[], input: unknown): string {
  if (path[0] === "consents" && typeof path[1] === "number") {
    const consents = (input as { consents?: { purpose: string }[] }).consents ?? [];
    return `consentText.${consents[path[1]]?.purpose ?? ""}`;
  }
  return String(path[0] ?? "form");
}

async function invalid(error: z.ZodError, raw: FormData): Promise<NonNullable<WebFormEditorState>> {
  const t = await getTranslations("webForms.errors");
  const input = readWebFormSettings(raw);
  const fieldErrors: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const name = fieldName(issue.path, input);
    fieldErrors[name] ??= t((CODES.has(issue.message) ? issue.message : "generic") as ErrorCode);
  }
  return { ok: false, fieldErrors };
}

export const saveWebFormAction = formAction({
  who: "manager",
  schema: z.object({ id: z.guid().nullable(), settings: webFormSettingsSchema }),
  read: (formData) => ({ id: formData.get("id") || null, settings: readWebFormSettings(formData) }),
  invalid: async (error, { raw }) => {
    // The settings' own paths, without the wrapper's "settings." in front.
    const inner = new z.ZodError(
      error.issues.map((issue) => ({
        ...issue,
        path: issue.path[0] === "settings" ? issue.path.slice(1) : issue.path,
      })),
    );
    return invalid(inner, raw);
  },
  run: async ({ session, input, db }): Promise<NonNullable<WebFormEditorState>> => {
    const t = await getTranslations("webForms");
    const result = input.id
      ? await updateWebForm(db, session, input.id, input.settings)
      : await createWebForm(db, session, input.settings);
    if (!result.ok)
      return {
        ok: false,
        message: t(`errors.${result.reason === "not_found" ? "notFound" : "reference"}`),
        fieldErrors: {},
      };
    revalidatePath(PAGE);
    revalidatePath(`${PAGE}/${result.id}`);
    if (!input.id) redirect(`${PAGE}/${result.id}`);
    return { ok: true, message: t("editor.saved") };
  },
});

export type WebFormActiveState = { ok: boolean; message?: string };

export const setWebFormActiveAction = callAction({
  who: "manager",
  schema: webFormIdSchema.extend({ active: z.boolean() }),
  invalid: async (): Promise<WebFormActiveState> => ({
    ok: false,
    message: (await getTranslations("webForms.errors"))("notFound"),
  }),
  run: async ({ session, input, db }): Promise<WebFormActiveState> => {
    const result = await setWebFormActive(db, session, input.id, input.active);
    if (!result.ok) return { ok: false, message: (await getTranslations("webForms.errors"))("notFound") };
    revalidatePath(PAGE);
    revalidatePath(`${PAGE}/${input.id}`);
    return { ok: true };
  },
});
