"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { mergeCustomersSchema, mergeFormInput } from "@/lib/validation/customer-merge";
import { formAction } from "@/server/actions/client";
import { mergeCustomers } from "./merge-service";

export type MergeActionState = { ok: boolean; message: string } | null;
type State = NonNullable<MergeActionState>;

/** Managers only (the action client and mergeCustomers both check); on success the kept customer's page opens. */
export const mergeCustomersAction = formAction({
  who: "manager",
  schema: mergeCustomersSchema,
  read: mergeFormInput,
  invalid: async (): Promise<State> => ({
    ok: false,
    message: (await getTranslations("customer.merge.errors"))("invalid"),
  }),
  run: async ({ session, input, db }): Promise<State> => {
    const result = await mergeCustomers(db, session, input);
    if (!result.ok) return { ok: false, message: (await getTranslations("customer.merge.errors"))(result.reason) };
    revalidatePath("/customers");
    revalidatePath("/leads");
    redirect(`/customers/${input.targetId}`);
  },
});
