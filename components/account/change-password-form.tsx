"use client";
import { useTranslations } from "next-intl";
import { changePasswordAction, type ChangePasswordState } from "@/server/users/account-actions";
import { Alert } from "@/components/ui/alert";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** Current password, then the new one twice. Changing it signs the user out everywhere, here too. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account.password");
  const { state, pending, formProps } = useKeptForm<ChangePasswordState>(changePasswordAction);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success" title={t("doneTitle")}>
          {t("done")}
        </Alert>
        {/* A full load: the session ended with the change, so the login page is next. */}
        <a href="/login" className={buttonClasses("primary")}>
          {t("signIn")}
        </a>
      </div>
    );
  }
  const failed = state?.ok === false ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form {...formProps} className="flex flex-col gap-4">
      {failed?.message ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormField label={t("current")} error={errors.current} required>
        <Input name="current" type="password" autoComplete="current-password" maxLength={200} />
      </FormField>
      <FormField label={t("password")} hint={t("hint")} error={errors.password} required>
        <Input name="password" type="password" autoComplete="new-password" maxLength={200} />
      </FormField>
      <FormField label={t("confirm")} error={errors.confirm} required>
        <Input name="confirm" type="password" autoComplete="new-password" maxLength={200} />
      </FormField>
      <Button type="submit" pending={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
