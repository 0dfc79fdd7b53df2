"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { eraseCustomerSchema } from "@/lib/validation/consent";
import { formFields } from "@/lib/validation/lead-assignment";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { eraseCustomer } from "./gdpr-erase";

export type EraseActionState = { ok: boolean; message: string; fieldError?: string } | null;

/** Erasure, manager only: eraseCustomer refuses everyone else, whoever posts to this action. */
export async function eraseCustomerAction(_prev: EraseActionState, formData: FormData): Promise<EraseActionState> {
  const session = await requireStaff();
  const t = await getTranslations("customer.erase");
  const parsed = eraseCustomerSchema.safeParse(formFields(formData, ["customerId", "confirmName"]));
  if (!parsed.success) {
    const nameIssue = parsed.error.issues.find((i) => i.path[0] === "confirmName");
    if (!nameIssue) return { ok: false, message: t("notFound") };
    return { ok: false, message: t(nameIssue.message === "nameRequired" ? "nameRequired" : "nameMismatch"), fieldError: t(nameIssue.message === "nameRequired" ? "nameRequired" : "nameMismatch") };
  }
  const result = await eraseCustomer(await getDb(), session, parsed.data);
  if (!result.ok) {
    if (result.reason === "name_mismatch") return { ok: false, message: t("nameMismatch"), fieldError: t("nameMismatch") };
    return { ok: false, message: t(result.reason === "forbidden" ? "forbidden" : "notFound") };
  }
  revalidatePath(`/customers/${parsed.data.customerId}`);
  revalidatePath("/customers");
  revalidatePath("/leads");
  return { ok: true, message: t(result.alreadyErased ? "alreadyErased" : "done") };
}
