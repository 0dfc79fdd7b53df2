"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import {
  changeUserRoleSchema,
  inviteStaffSchema,
  resendInvitationSchema,
  setUserActiveSchema,
} from "@/lib/validation/staff-users";
import { callAction, formAction } from "@/server/actions/client";
import { mailServerConfigured } from "@/server/mail/outbox";
import { inviteStaffUser, resendStaffInvitation } from "./invite";
import { changeUserRole, setUserActive, type StaffAdminResult } from "./staff-admin";

// Managers only (who: "manager"); the rules themselves (nobody disables or demotes themselves or
// the last active manager) live in staff-admin.ts.

const PAGE = "/settings/users";

/** `message` on success: what the row says after it (a resent invitation: where the mail went). */
export type StaffAdminState = { ok: true; message?: string } | { ok: false; message: string };

const notFound = async (): Promise<StaffAdminState> => ({
  ok: false,
  message: (await getTranslations("staffUsers.errors"))("notFound"),
});

async function finish(result: StaffAdminResult): Promise<StaffAdminState> {
  if (!result.ok) return { ok: false, message: (await getTranslations("staffUsers.errors"))(result.reason) };
  revalidatePath(PAGE);
  return { ok: true };
}

export const setUserActiveAction = callAction({
  who: "manager",
  schema: setUserActiveSchema,
  invalid: notFound,
  run: async ({ session, input, db }) => finish(await setUserActive(db, session, input)),
});

export const changeUserRoleAction = callAction({
  who: "manager",
  schema: changeUserRoleSchema,
  invalid: notFound,
  run: async ({ session, input, db }) => finish(await changeUserRole(db, session, input)),
});

export type InviteStaffState =
  // `mailed`: a mail server is set up, so the invitation is on its way; otherwise it only reaches the outbox folder.
  | { ok: true; email: string; mailed: boolean }
  | { ok: false; fieldErrors: { email?: string; name?: string; teamId?: string } }
  | null;
type InviteState = NonNullable<InviteStaffState>;

export const inviteStaffAction = formAction({
  who: "manager",
  schema: inviteStaffSchema,
  read: (formData) =>
    Object.fromEntries(["email", "name", "role", "teamId"].map((k) => [k, formData.get(k) ?? undefined])),
  invalid: async (error): Promise<InviteState> => {
    const t = await getTranslations("staffUsers.invite.errors");
    const fields = new Set(error.issues.map((issue) => issue.path[0]));
    return {
      ok: false,
      fieldErrors: {
        email: fields.has("email") ? t("email") : undefined,
        name: fields.has("name") ? t("name") : undefined,
        teamId: fields.has("teamId") || fields.has("role") ? t("team") : undefined,
      },
    };
  },
  run: async ({ session, input, db }): Promise<InviteState> => {
    const t = await getTranslations("staffUsers.invite.errors");
    const result = await inviteStaffUser(db, session, input);
    if (!result.ok)
      return { ok: false, fieldErrors: result.reason === "taken" ? { email: t("taken") } : { teamId: t("team") } };
    revalidatePath(PAGE);
    return { ok: true, email: input.email, mailed: mailServerConfigured() };
  },
});

/** "Send again" on an invited user's row: a new link, and the message says where the mail went. */
export const resendInvitationAction = callAction({
  who: "manager",
  schema: resendInvitationSchema,
  invalid: notFound,
  run: async ({ session, input, db }): Promise<StaffAdminState> => {
    const t = await getTranslations("staffUsers");
    const result = await resendStaffInvitation(db, session, input.userId);
    if (!result.ok) return { ok: false, message: t(`errors.${result.reason}`) };
    revalidatePath(PAGE);
    return { ok: true, message: t(mailServerConfigured() ? "invited.resentMailed" : "invited.resentOutbox") };
  },
});
