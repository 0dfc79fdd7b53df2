"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { changeUserRoleSchema, inviteStaffSchema, setUserActiveSchema } from "@/lib/validation/staff-users";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { inviteStaffUser } from "./invite";
import { changeUserRole, setUserActive } from "./staff-admin";

// Managers only, checked first (server actions are public POST endpoints);
// the rules themselves live in staff-admin.ts.

const PAGE = "/settings/users";

export type StaffAdminState = { ok: true } | { ok: false; message: string };

export async function setUserActiveAction(input: { userId: string; active: boolean }): Promise<StaffAdminState> {
  const session = await requireRole("MANAGER");
  const t = await getTranslations("staffUsers.errors");
  const parsed = setUserActiveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t("notFound") };
  const result = await setUserActive(await getDb(), session, parsed.data);
  if (!result.ok) return { ok: false, message: t(result.reason) };
  revalidatePath(PAGE);
  return { ok: true };
}

export async function changeUserRoleAction(input: { userId: string; role: "SALES" | "MANAGER" }): Promise<StaffAdminState> {
  const session = await requireRole("MANAGER");
  const t = await getTranslations("staffUsers.errors");
  const parsed = changeUserRoleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t("notFound") };
  const result = await changeUserRole(await getDb(), session, parsed.data);
  if (!result.ok) return { ok: false, message: t(result.reason) };
  revalidatePath(PAGE);
  return { ok: true };
}

export type InviteStaffState =
  | { ok: true; email: string }
  | { ok: false; fieldErrors: { email?: string; name?: string; teamId?: string } }
  | null;

export async function inviteStaffAction(_previous: InviteStaffState, formData: FormData): Promise<InviteStaffState> {
  const session = await requireRole("MANAGER");
  const t = await getTranslations("staffUsers.invite.errors");
  const parsed = inviteStaffSchema.safeParse(Object.fromEntries(["email", "name", "role", "teamId"].map((k) => [k, formData.get(k) ?? undefined])));
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return { ok: false, fieldErrors: { email: fields.has("email") ? t("email") : undefined, name: fields.has("name") ? t("name") : undefined, teamId: fields.has("teamId") || fields.has("role") ? t("team") : undefined } };
  }
  const result = await inviteStaffUser(await getDb(), session, parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: result.reason === "taken" ? { email: t("taken") } : { teamId: t("team") } };
  revalidatePath(PAGE);
  return { ok: true, email: parsed.data.email };
}
