"use server";
import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { magicLinkSchema } from "@/lib/validation/auth";
import { setPasswordSchema } from "@/lib/validation/password";
import { formAction } from "@/server/actions/client";
import { redeemPasswordLink } from "./password-links";
import { requestPasswordReset } from "./password-reset";
import { clientAddress } from "./throttle";

// Public on purpose (who: "anyone"; server/authorization.test.ts lists both): whoever opens a
// set-password link, or forgot their password, has no session. For setting, the link's token is
// the credential (256 random bits), and without a live one this changes nothing; asking for a
// reset link is throttled and answers alike for every address.

export type SetPasswordState =
  { ok: true } | { ok: false; message?: string; fieldErrors: { password?: string; confirm?: string } } | null;
type SetState = NonNullable<SetPasswordState>;

export const setPasswordAction = formAction({
  who: "anyone",
  schema: setPasswordSchema,
  read: (formData) => ({
    token: formData.get("token"),
    password: formData.get("password"),
    confirm: formData.get("confirm"),
  }),
  invalid: async (error): Promise<SetState> => {
    const t = await getTranslations("login.setPassword");
    const fields = new Set(error.issues.map((issue) => issue.path[0]));
    if (fields.has("token")) return { ok: false, message: t("errors.invalidLink"), fieldErrors: {} };
    if (fields.has("password")) return { ok: false, fieldErrors: { password: t("errors.tooLong") } };
    return { ok: false, fieldErrors: { confirm: t("errors.mismatch") } };
  },
  run: async ({ input, db }): Promise<SetState> => {
    const t = await getTranslations("login.setPassword");
    const result = await redeemPasswordLink(db, input);
    if (result.ok) return { ok: true };
    if (result.reason === "invalidLink") return { ok: false, message: t("errors.invalidLink"), fieldErrors: {} };
    return { ok: false, fieldErrors: { password: t(`errors.${result.reason}`) } };
  },
});

export type RequestResetState = { ok: true } | { ok: false; message?: string; fieldErrors: { email?: string } } | null;
type ResetState = NonNullable<RequestResetState>;

export const requestPasswordResetAction = formAction({
  who: "anyone",
  schema: magicLinkSchema,
  read: (formData) => ({ email: formData.get("email") }),
  invalid: async (): Promise<ResetState> => ({
    ok: false,
    fieldErrors: { email: (await getTranslations("login.forgotPassword"))("emailInvalid") },
  }),
  run: async ({ input, db }): Promise<ResetState> => {
    const address = clientAddress(await headers());
    const result = await requestPasswordReset(db, { email: input.email, address }, new Date());
    if (result.ok) return { ok: true };
    const t = await getTranslations("login.forgotPassword");
    return { ok: false, message: t("tooMany", { minutes: Math.ceil(result.retryAfterSeconds / 60) }), fieldErrors: {} };
  },
});
