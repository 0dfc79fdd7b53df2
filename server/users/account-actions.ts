"use server";
import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { changePasswordSchema } from "@/lib/validation/password";
import { formAction } from "@/server/actions/client";
import { changeOwnPassword } from "@/server/auth/change-password";
import { clientAddress } from "@/server/auth/throttle";

// A staff user's own account (who: "staff"): the session itself is the access rule; the password
// rules live in server/auth/change-password.ts.

export type ChangePasswordState =
  | { ok: true }
  | { ok: false; message?: string; fieldErrors: { current?: string; password?: string; confirm?: string } }
  | null;
type State = NonNullable<ChangePasswordState>;

export const changePasswordAction = formAction({
  who: "staff",
  schema: changePasswordSchema,
  read: (formData) => ({
    current: formData.get("current"),
    password: formData.get("password"),
    confirm: formData.get("confirm"),
  }),
  invalid: async (error): Promise<State> => {
    const t = await getTranslations("account.password.errors");
    const fields = new Set(error.issues.map((issue) => issue.path[0]));
    if (fields.has("current")) return { ok: false, fieldErrors: { current: t("currentRequired") } };
    if (fields.has("password")) return { ok: false, fieldErrors: { password: t("tooLong") } };
    return { ok: false, fieldErrors: { confirm: t("mismatch") } };
  },
  run: async ({ session, input, db }): Promise<State> => {
    const t = await getTranslations("account.password.errors");
    const result = await changeOwnPassword(db, session, { ...input, address: clientAddress(await headers()) });
    if (result.ok) return { ok: true };
    if (result.reason === "throttled")
      return {
        ok: false,
        message: t("throttled", { minutes: Math.ceil(result.retryAfterSeconds / 60) }),
        fieldErrors: {},
      };
    if (result.reason === "wrongPassword") return { ok: false, fieldErrors: { current: t("wrongPassword") } };
    return { ok: false, fieldErrors: { password: t(result.reason) } };
  },
});
