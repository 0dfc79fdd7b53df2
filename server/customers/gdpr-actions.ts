"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { eraseCustomerSchema } from "@/lib/validation/consent";
import { formFields } from "@/lib/validation/form-data";
import { formAction } from "@/server/actions/client";
import { eraseCustomer } from "./gdpr-erase";

export type EraseActionState = { ok: boolean; message: string; fieldError?: string } | null;
type State = NonNullable<EraseActionState>;

/** Erasure: staff may call it, and eraseCustomer lets only managers through the customer rule ("manage"). */
export const eraseCustomerAction = formAction({
  who: "staff",
  schema: eraseCustomerSchema,
  read: (formData) => formFields(formData, ["customerId", "confirmName"]),
  invalid: async (error): Promise<State> => {
    const t = await getTranslations("customer.erase");
    const nameIssue = error.issues.find((i) => i.path[0] === "confirmName");
    if (!nameIssue) return { ok: false, message: t("notFound") };
    const key = nameIssue.message === "nameRequired" ? "nameRequired" : "nameMismatch";
    return { ok: false, message: t(key), fieldError: t(key) };
  },
  run: async ({ session, input, db }): Promise<State> => {
    const t = await getTranslations("customer.erase");
    const result = await eraseCustomer(db, session, input);
    if (!result.ok) {
      if (result.reason === "name_mismatch")
        return { ok: false, message: t("nameMismatch"), fieldError: t("nameMismatch") };
      return { ok: false, message: t(result.reason === "forbidden" ? "forbidden" : "notFound") };
    }
    revalidatePath(`/customers/${input.customerId}`);
    revalidatePath("/customers");
    revalidatePath("/leads");
    return { ok: true, message: t(result.alreadyErased ? "alreadyErased" : "done") };
  },
});
