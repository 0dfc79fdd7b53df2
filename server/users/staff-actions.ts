"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { changeUserRoleSchema, setUserActiveSchema } from "@/lib/validation/staff-users";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
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
