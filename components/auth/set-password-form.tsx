"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { setPasswordAction, type SetPasswordState } from "@/server/auth/password-actions";
import { Alert } from "@/components/ui/alert";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** The new password, twice. The server checks it (lib/password-policy.ts) and says what to change. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("login.setPassword");
  const { state, pending, formProps } = useKeptForm<SetPasswordState>(setPasswordAction);

  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success" title={t("doneTitle")}>
          {t("done")}
        </Alert>
        <Link href="/login" className={buttonClasses("primary")}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const errors = state?.ok === false ? state.fieldErrors : {};
  return (
    <form {...formProps} className="flex flex-col gap-4">
      {state?.ok === false && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormField label={t("password")} hint={t("hint")} error={errors.password} required>
        <Input name="password" type="password" autoComplete="new-password" minLength={12} maxLength={200} />
      </FormField>
      <FormField label={t("confirm")} error={errors.confirm} required>
        <Input name="confirm" type="password" autoComplete="new-password" maxLength={200} />
      </FormField>
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
