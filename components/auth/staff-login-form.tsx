"use client";
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { throttledMinutes } from "@/lib/auth-throttle";
import { ACCOUNT_CLOSED } from "@/lib/sign-in-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { loadSignIn } from "./load-sign-in";

type FieldErrors = { email?: string; password?: string };

export function StaffLoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  // Guards double submits while the sign-in module may still be loading.
  const submitting = useRef(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    const data = Object.fromEntries(new FormData(event.currentTarget));
    try {
      const { signIn, staffLoginSchema } = await loadSignIn();
      const parsed = staffLoginSchema.safeParse(data);
      if (!parsed.success) {
        const issues = parsed.error.flatten().fieldErrors;
        setFieldErrors({
          email: issues.email ? t("emailInvalid") : undefined,
          password: issues.password ? t("passwordRequired") : undefined,
        });
        return;
      }
      setFieldErrors({});
      setFormError(null);
      setPending(true);
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        const minutes = throttledMinutes(result?.error);
        if (minutes !== null) setFormError(t("tooManyAttempts", { minutes }));
        else if (result?.error === ACCOUNT_CLOSED) setFormError(t("accountClosed"));
        else
          setFormError(
            result?.status === 401 || result?.error === "CredentialsSignin"
              ? t("invalidCredentials")
              : t("genericError"),
          );
        return;
      }
      // "/" sends each role to its own home; a deep link wins when there is one.
      router.replace(callbackUrl ?? "/");
      router.refresh();
    } catch {
      setFormError(t("genericError"));
    } finally {
      submitting.current = false;
      setPending(false);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      onFocus={() => void loadSignIn().catch(() => {})}
      noValidate
      className="flex flex-col gap-4"
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <FormField label={t("email")} error={fieldErrors.email} required>
        <Input name="email" type="email" autoComplete="username" inputMode="email" maxLength={254} />
      </FormField>
      <FormField label={t("password")} error={fieldErrors.password} required>
        <Input name="password" type="password" autoComplete="current-password" maxLength={200} />
      </FormField>
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
