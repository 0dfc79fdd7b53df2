"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { consentChangeSchema, type ConsentField } from "@/lib/validation/consent";
import { formFields } from "@/lib/validation/form-data";
import { formAction } from "@/server/actions/client";
import { recordConsent } from "./consent-service";

// Staff (who: "staff"); recordConsent checks the customer rule of server/access/ inside its write,
// never trusting the rendered form.

export type ConsentActionState =
  | { ok: true; message: string }
  | { ok: false; message: string; fieldErrors?: Partial<Record<ConsentField, string>> }
  | null;
type State = NonNullable<ConsentActionState>;

export const recordConsentAction = formAction({
  who: "staff",
  schema: consentChangeSchema,
  read: (formData) => formFields(formData, ["customerId", "purpose", "granted", "source"]),
  invalid: async (error): Promise<State> => {
    const t = await getTranslations("consent");
    const fieldErrors: Partial<Record<ConsentField, string>> = {};
    for (const issue of error.issues) {
      const field = issue.path[0] as ConsentField | "customerId";
      if (field === "customerId") return { ok: false, message: t("notFound") };
      fieldErrors[field] ??= t(`errors.${field}`);
    }
    return { ok: false, message: t("fixErrors"), fieldErrors };
  },
  run: async ({ session, input, db }): Promise<State> => {
    const t = await getTranslations("consent");
    const result = await recordConsent(db, session, input);
    if (!result.ok) return { ok: false, message: t(result.reason === "erased" ? "erased" : "notFound") };
    revalidatePath(`/customers/${input.customerId}`);
    return { ok: true, message: t(result.changed ? "saved" : "unchanged") };
  },
});
