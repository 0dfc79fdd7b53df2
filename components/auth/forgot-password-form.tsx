"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction, type RequestResetState } from "@/server/auth/password-actions";
import { Alert } from "@/components/ui/alert";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** The same answer for every address: the form never tells who has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("login.forgotPassword");
  const { state, pending, formProps } = useKeptForm<RequestResetState>(requestPasswordResetAction);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{t("sent")}</Alert>
        <Link href="/login" className={buttonClasses("secondary")}>
          {t("backToLogin")}
        </Link>
      </div>
    );
  }
  const failed = state?.ok === false ? state : null;
  return (
    <form {...formProps} className="flex flex-col gap-4">
      {failed?.message ? <Alert tone="error">{failed.message}</Alert> : null}
      <FormField label={t("email")} error={failed?.fieldErrors.email} required>
        <Input name="email" type="email" autoComplete="username" inputMode="email" maxLength={254} />
      </FormField>
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("sending") : t("submit")}
      </Button>
      <Link href="/login" className="text-center text-sm text-ink-muted underline-offset-4 hover:underline">
        {t("backToLogin")}
      </Link>
    </form>
  );
}
