"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import {
  followUpErrors,
  followUpFormFields,
  followUpSchema,
  LOST_REASON_MAX,
  NOTE_MAX,
  type FollowUpField,
} from "@/lib/validation/follow-up";
import { formFields } from "@/lib/validation/form-data";
import { claimLeadSchema, reassignLeadSchema } from "@/lib/validation/lead-assignment";
import { formAction } from "@/server/actions/client";
import { claimLead, reassignLead, type AssignmentResult } from "./assignment-service";
import { logFollowUp } from "./follow-up-service";
import { answersTheCustomer } from "@/lib/sla";

// Through the action client (who: "staff": anonymous visitors are sent to the login, customers
// get a 404), and the services take the lead rule of server/access/lead.ts inside their write — a
// rep logs on and claims their own leads and their team's unassigned ones, only managers
// reassign. These are public POST endpoints: nothing here trusts that the form was rendered for
// this user.

export type FollowUpActionState =
  | { ok: true; message: string; followUpId: string; key: string }
  | {
      ok: false;
      message: string;
      fieldErrors?: Partial<Record<FollowUpField, string>>;
      conflict?: boolean;
      key?: string;
    }
  | null;

export type AssignmentActionState = { ok: boolean; message: string; fieldError?: string; conflict?: boolean } | null;

type FollowUpState = NonNullable<FollowUpActionState>;
type AssignmentState = NonNullable<AssignmentActionState>;

export const logFollowUpAction = formAction({
  who: "staff",
  // The date field is read in the rep's own time zone, and may not lie in the past.
  schema: (session) => followUpSchema({ now: new Date(), timeZone: session.timeZone }),
  read: followUpFormFields,
  invalid: async (error): Promise<FollowUpState> => {
    const t = await getTranslations("followUp");
    const parsed = followUpErrors(error);
    const limits = { max: NOTE_MAX };
    const fieldErrors: Partial<Record<FollowUpField, string>> = {};
    for (const [field, codes] of Object.entries(parsed.fieldErrors) as [FollowUpField, string[]][]) {
      fieldErrors[field] = t(
        `errors.${codes[0]}` as "errors.outcomeRequired",
        field === "lostReason" ? { max: LOST_REASON_MAX } : limits,
      );
    }
    return { ok: false, fieldErrors, message: parsed.formError ? t(`errors.${parsed.formError}`) : t("fixErrors") };
  },
  run: async ({ session, input, db }): Promise<FollowUpState> => {
    const t = await getTranslations("followUp");
    const result = await logFollowUp(db, session, input, new Date());
    const key = input.idempotencyKey;
    if (!result.ok) {
      if (result.reason === "conflict") return { ok: false, conflict: true, message: t("conflict"), key };
      if (result.reason === "lost_reason_invalid") {
        const message = t("errors.lostReasonInvalid");
        return { ok: false, message, fieldErrors: { lostReasonId: message }, key };
      }
      return { ok: false, message: result.reason === "key_reused" ? t("keyReused") : t("notFound"), key };
    }
    revalidatePath(`/leads/${input.leadId}`);
    revalidatePath("/leads");
    const message = answersTheCustomer(input.type, input.outcome) ? t("saved") : t("savedAttempt");
    return { ok: true, message, followUpId: result.followUpId, key };
  },
});

const formOutdated = async (): Promise<AssignmentState> => ({
  ok: false,
  message: (await getTranslations("lead.assignment"))("formOutdated"),
});

export const claimLeadAction = formAction({
  who: "staff",
  schema: claimLeadSchema,
  read: (formData) => formFields(formData, ["leadId", "version"]),
  invalid: formOutdated,
  run: async ({ session, input, db }) => {
    const t = await getTranslations("lead.assignment");
    return finish(await claimLead(db, session, input), input.leadId, t("claimed"), t);
  },
});

export const reassignLeadAction = formAction({
  who: "staff",
  schema: reassignLeadSchema,
  read: (formData) => formFields(formData, ["leadId", "version", "ownerId"]),
  invalid: async (error): Promise<AssignmentState> => {
    const t = await getTranslations("lead.assignment");
    const ownerMissing = error.issues.every((issue) => issue.path[0] === "ownerId");
    return ownerMissing
      ? { ok: false, message: t("ownerRequired"), fieldError: t("ownerRequired") }
      : { ok: false, message: t("formOutdated") };
  },
  run: async ({ session, input, db }) => {
    const t = await getTranslations("lead.assignment");
    return finish(await reassignLead(db, session, input), input.leadId, t("reassigned"), t);
  },
});

type AssignmentT = Awaited<ReturnType<typeof getTranslations<"lead.assignment">>>;

function finish(result: AssignmentResult, leadId: string, success: string, t: AssignmentT): AssignmentState {
  if (result.ok) {
    revalidatePath(`/leads/${leadId}`);
    revalidatePath("/leads");
    return { ok: true, message: success };
  }
  switch (result.reason) {
    case "conflict":
      return { ok: false, conflict: true, message: t("conflict") };
    case "taken":
      return { ok: false, conflict: true, message: t("taken") };
    case "owner_invalid":
      return { ok: false, message: t("ownerInvalid"), fieldError: t("ownerInvalid") };
    default:
      return { ok: false, message: t("notFound") };
  }
}
