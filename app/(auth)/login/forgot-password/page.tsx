import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

// Staff who forgot their password ask for a reset link here (under /login, so
// visitors without a session reach it). Customers sign in by e-mail link anyway.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login.forgotPassword"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("login.forgotPassword");
  return (
    <AuthCard>
      <h1 className="mb-2 text-xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mb-4 text-sm text-ink-muted">{t("intro")}</p>
      <ForgotPasswordForm />
    </AuthCard>
  );
}
