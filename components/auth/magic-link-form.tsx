"use client";
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { throttledMinutes } from "@/lib/auth-throttle";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { loadSignIn } from "./load-sign-in";

export function MagicLinkForm({ linkError }: { linkError?: "linkInvalid" | "accessDenied" }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [emailError, setEmailError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(linkError ? t(linkError) : null);

  // Guards double submits while the sign-in module may still be loading.
  const submitting = useRef(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    const data = Object.fromEntries(new FormData(event.currentTarget));
    try {
      const { magicLinkSchema, signIn } = await loadSignIn();
      const parsed = magicLinkSchema.safeParse(data);
      if (!parsed.success) {
        setEmailError(t("emailInvalid"));
        return;
      }
      setEmailError(undefined);
      setPending(true);
      const result = await signIn("email", { email: parsed.data.email, redirect: false, callbackUrl: "/orders" });
      if (result?.error) {
        const minutes = throttledMinutes(result.error);
        setFormError(minutes !== null ? t("tooManyLinks", { minutes }) : t("genericError"));
        return;
      }
      router.push(`/login/check-email?email=${encodeURIComponent(parsed.data.email)}`);
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
      <p className="text-sm text-ink-muted">{t("customerIntro")}</p>
      <FormField label={t("email")} error={emailError} required>
        <Input name="email" type="email" autoComplete="email" inputMode="email" maxLength={254} />
      </FormField>
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("sendingLink") : t("sendLink")}
      </Button>
    </form>
  );
}
