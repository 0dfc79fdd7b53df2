"use server";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { changePasswordSchema } from "@/lib/validation/password";
import { changeOwnPassword } from "@/server/auth/change-password";
import { requireStaff } from "@/server/auth/session";
import { clientAddress } from "@/server/auth/throttle";
import { getDb } from "@/server/db";

// A staff user's own account. The session is checked first (server actions
// are public POST endpoints); the rules live in server/auth/change-password.ts.

export type ChangePasswordState =
  | { ok: true }
  | { ok: false; message?: string; fieldErrors: { current?: string; password?: string; confirm?: string } }
  | null;

export async function changePasswordAction(_previous: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const session = await requireStaff();
  const t = await getTranslations("userMenu.password.errors");
  const parsed = changePasswordSchema.safeParse({ current: formData.get("current"), password: formData.get("password"), confirm: formData.get("confirm") });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    if (fields.has("current")) return { ok: false, fieldErrors: { current: t("currentRequired") } };
    if (fields.has("password")) return { ok: false, fieldErrors: { password: t("tooLong") } };
    return { ok: false, fieldErrors: { confirm: t("mismatch") } };
  }
  const address = clientAddress(await headers());
  const result = await changeOwnPassword(await getDb(), session, { ...parsed.data, address });
  if (result.ok) return { ok: true };
  if (result.reason === "throttled") return { ok: false, message: t("throttled", { minutes: Math.ceil(result.retryAfterSeconds / 60) }), fieldErrors: {} };
  if (result.reason === "wrongPassword") return { ok: false, fieldErrors: { current: t("wrongPassword") } };
  return { ok: false, fieldErrors: { password: t(result.reason) } };
}
