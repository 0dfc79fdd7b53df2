"use server";
import { getTranslations } from "next-intl/server";
import { setPasswordSchema } from "@/lib/validation/password";
import { getDb } from "@/server/db";
import { usePasswordLink } from "./password-links";

// Public on purpose (server/authorization.test.ts lists it): whoever opens a
// set-password link has no session yet; the link's token is the credential,
// and without a live one this changes nothing. Nothing is guessable here: the
// token is 256 random bits.

export type SetPasswordState =
  | { ok: true }
  | { ok: false; message?: string; fieldErrors: { password?: string; confirm?: string } }
  | null;

export async function setPasswordAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const t = await getTranslations("login.setPassword");
  const parsed = setPasswordSchema.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    if (fields.has("token")) return { ok: false, message: t("errors.invalidLink"), fieldErrors: {} };
    if (fields.has("password")) return { ok: false, fieldErrors: { password: t("errors.tooLong") } };
    return { ok: false, fieldErrors: { confirm: t("errors.mismatch") } };
  }
  const result = await usePasswordLink(await getDb(), parsed.data);
  if (result.ok) return { ok: true };
  if (result.reason === "invalidLink") return { ok: false, message: t("errors.invalidLink"), fieldErrors: {} };
  return { ok: false, fieldErrors: { password: t(`errors.${result.reason}`) } };
}
