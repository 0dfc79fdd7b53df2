"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formFields } from "@/lib/validation/form-data";
import { reopenLeadSchema } from "@/lib/validation/reopen-lead";
import { formAction } from "@/server/actions/client";
import { reopenLead } from "./reopen-service";

// Managers only (who: "manager": a rep posting this gets a 404 before anything is read), and the
// service checks the lead rule and mayReopenLeads again inside its transaction.

export type ReopenLeadActionState = { ok: boolean; message: string; conflict?: boolean } | null;
type State = NonNullable<ReopenLeadActionState>;

export const reopenLeadAction = formAction({
  who: "manager",
  schema: reopenLeadSchema,
  read: (formData) => formFields(formData, ["leadId", "version", "stage"]),
  invalid: async (): Promise<State> => ({ ok: false, message: (await getTranslations("lead.reopen"))("invalid") }),
  run: async ({ session, input, db }): Promise<State> => {
    const t = await getTranslations("lead.reopen");
    const result = await reopenLead(db, session, input, new Date());
    if (!result.ok) {
      if (result.reason === "conflict") return { ok: false, conflict: true, message: t("conflict") };
      return { ok: false, message: result.reason === "not_lost" ? t("notLost") : t("notFound") };
    }
    revalidatePath(`/leads/${input.leadId}`);
    revalidatePath("/leads");
    revalidatePath("/leads/closed");
    // The page the manager lands on says it worked: the closed notice and this dialog are gone with the close.
    redirect(`/leads/${input.leadId}?reopened=1`);
  },
});
