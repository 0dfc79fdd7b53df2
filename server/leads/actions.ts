"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { LOST_REASON_MAX, NOTE_MAX, parseFollowUpForm, type FollowUpField } from "@/lib/validation/follow-up";
import { claimLeadSchema, formFields, reassignLeadSchema } from "@/lib/validation/lead-assignment";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { claimLead, reassignLead, type AssignmentResult } from "./assignment-service";
import { logFollowUp } from "./follow-up-service";

// Who may do what, first: every action starts with requireStaff (anonymous
// visitors are sent to the login, customers get a 404), and the services scope
// each lead by the session — a rep logs only on their own or unassigned leads,
// only managers reassign. These are public POST endpoints: nothing here trusts
// that the form was rendered for this user.

export type FollowUpActionState =
  | { ok: true; message: string; followUpId: string; key: string }
  | { ok: false; message: string; fieldErrors?: Partial<Record<FollowUpField, string>>; conflict?: boolean; key?: string }
  | null;

export type AssignmentActionState = { ok: boolean; message: string; fieldError?: string; conflict?: boolean } | null;

export async function logFollowUpAction(_prev: FollowUpActionState, formData: FormData): Promise<FollowUpActionState> {
  const session = await requireStaff();
  const t = await getTranslations("followUp");
  const now = new Date();
  const parsed = parseFollowUpForm(formData, { now, timeZone: session.timeZone });
  if (!parsed.ok) {
    const limits = { max: NOTE_MAX };
    const fieldErrors: Partial<Record<FollowUpField, string>> = {};
    for (const [field, codes] of Object.entries(parsed.fieldErrors) as [FollowUpField, string[]][]) {
      fieldErrors[field] = t(`errors.${codes[0]}` as "errors.outcomeRequired", field === "lostReason" ? { max: LOST_REASON_MAX } : limits);
    }
    return { ok: false, fieldErrors, message: parsed.formError ? t(`errors.${parsed.formError}`) : t("fixErrors") };
  }

  const result = await logFollowUp(await getDb(), session, parsed.data, now);
  const key = parsed.data.idempotencyKey;
  if (!result.ok) {
    if (result.reason === "conflict") return { ok: false, conflict: true, message: t("conflict"), key };
    return { ok: false, message: result.reason === "key_reused" ? t("keyReused") : t("notFound"), key };
  }
  revalidatePath(`/leads/${parsed.data.leadId}`);
  revalidatePath("/leads");
  return { ok: true, message: t("saved"), followUpId: result.followUpId, key };
}

export async function claimLeadAction(_prev: AssignmentActionState, formData: FormData): Promise<AssignmentActionState> {
  const session = await requireStaff();
  const t = await getTranslations("lead.assignment");
  const parsed = claimLeadSchema.safeParse(formFields(formData, ["leadId", "version"]));
  if (!parsed.success) return { ok: false, message: t("formOutdated") };
  const result = await claimLead(await getDb(), session, parsed.data);
  return finish(result, parsed.data.leadId, t("claimed"), t);
}

export async function reassignLeadAction(_prev: AssignmentActionState, formData: FormData): Promise<AssignmentActionState> {
  const session = await requireStaff();
  const t = await getTranslations("lead.assignment");
  const parsed = reassignLeadSchema.safeParse(formFields(formData, ["leadId", "version", "ownerId"]));
  if (!parsed.success) {
    const ownerMissing = parsed.error.issues.every((issue) => issue.path[0] === "ownerId");
    return ownerMissing ? { ok: false, message: t("ownerRequired"), fieldError: t("ownerRequired") } : { ok: false, message: t("formOutdated") };
  }
  const result = await reassignLead(await getDb(), session, parsed.data);
  return finish(result, parsed.data.leadId, t("reassigned"), t);
}

type AssignmentT = Awaited<ReturnType<typeof getTranslations<"lead.assignment">>>;

function finish(result: AssignmentResult, leadId: string, success: string, t: AssignmentT): AssignmentActionState {
  if (result.ok) {
    revalidatePath(`/leads/${leadId}`);
    revalidatePath("/leads");
    return { ok: true, message: success };
  }
  switch (result.reason) {
    case "conflict": return { ok: false, conflict: true, message: t("conflict") };
    case "taken": return { ok: false, conflict: true, message: t("taken") };
    case "owner_invalid": return { ok: false, message: t("ownerInvalid"), fieldError: t("ownerInvalid") };
    default: return { ok: false, message: t("notFound") };
  }
}
