"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { consentChangeSchema, type ConsentField } from "@/lib/validation/consent";
import { formFields } from "@/lib/validation/lead-assignment";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { recordConsent } from "./consent-service";

// A public POST endpoint like every action: the session and the customer's
// scope are checked in recordConsent, not trusted from the rendered form.

export type ConsentActionState =
  | { ok: true; message: string }
  | { ok: false; message: string; fieldErrors?: Partial<Record<ConsentField, string>> }
  | null;

export async function recordConsentAction(_prev: ConsentActionState, formData: FormData): Promise<ConsentActionState> {
  const session = await requireStaff();
  const t = await getTranslations("consent");
  const parsed = consentChangeSchema.safeParse(formFields(formData, ["customerId", "purpose", "granted", "source"]));
  if (!parsed.success) {
    const fieldErrors: Partial<Record<ConsentField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ConsentField | "customerId";
      if (field === "customerId") return { ok: false, message: t("notFound") };
      fieldErrors[field] ??= t(`errors.${field}`);
    }
    return { ok: false, message: t("fixErrors"), fieldErrors };
  }
  const result = await recordConsent(await getDb(), session, parsed.data);
  if (!result.ok) return { ok: false, message: t(result.reason === "erased" ? "erased" : "notFound") };
  revalidatePath(`/customers/${parsed.data.customerId}`);
  return { ok: true, message: t(result.changed ? "saved" : "unchanged") };
}
