"use server";
import { headers } from "next/headers";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { magicLinkSchema } from "@/lib/validation/auth";
import { setPasswordSchema } from "@/lib/validation/password";
import { getDb } from "@/server/db";
import { usePasswordLink } from "./password-links";
import { requestPasswordReset } from "./password-reset";
import { clientAddress } from "./throttle";

// Public on purpose (server/authorization.test.ts lists both): whoever opens a
// set-password link, or forgot their password, has no session. For setting,
// the link's token is the credential (256 random bits), and without a live one
// this changes nothing; asking for a reset link is throttled and answers alike
// for every address.

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

export type RequestResetState = { ok: true } | { ok: false; message?: string; fieldErrors: { email?: string } } | null;

export async function requestPasswordResetAction(_previous: RequestResetState, formData: FormData): Promise<RequestResetState> {
  const t = await getTranslations("login.forgotPassword");
  const parsed = magicLinkSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { ok: false, fieldErrors: { email: t("emailInvalid") } };
  const address = clientAddress(await headers());
  const result = await requestPasswordReset(await getDb(), { email: parsed.data.email, address }, new Date(), (task) =>
    after(() => task().catch((error: unknown) => console.error("[password reset] sending the link failed:", error))));
  if (!result.ok) return { ok: false, message: t("tooMany", { minutes: Math.ceil(result.retryAfterSeconds / 60) }), fieldErrors: {} };
  return { ok: true };
}
