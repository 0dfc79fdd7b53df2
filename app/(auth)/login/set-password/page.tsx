import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PASSWORD_TOKEN_PATTERN } from "@/lib/validation/password";
import { readPasswordLink } from "@/server/auth/password-links";
import { getDb } from "@/server/db";
import { buttonClasses } from "@/components/ui/button";
import { AuthCard } from "@/components/auth/auth-card";
import { SetPasswordForm } from "@/components/auth/set-password-form";

// Where a one-time password link lands (npm run create-manager). Opening it
// only reads the link; mail scanners that open links cannot use it up. Under
// /login so that the proxy lets visitors without a session in.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login.setPassword");
  // The URL holds the token: never send it on as a Referer, not even to this site's own pages.
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

const searchSchema = z.object({ token: z.string().regex(PASSWORD_TOKEN_PATTERN).optional().catch(undefined) });

export default async function SetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const { token } = searchSchema.parse(await searchParams);
  const t = await getTranslations("login.setPassword");
  const link = token ? await readPasswordLink(await getDb(), token) : null;
  if (!token || !link) {
    return (
      <AuthCard>
        <h1 className="mb-2 text-xl font-semibold tracking-tight">{t("invalidTitle")}</h1>
        <p className="mb-4 text-sm text-ink-muted">{t("invalid")}</p>
        <Link href="/login" className={buttonClasses("secondary")}>
          {t("signIn")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard>
      <h1 className="mb-2 text-xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mb-4 text-sm text-ink-muted">{t("intro", { email: link.email })}</p>
      <SetPasswordForm token={token} email={link.email} />
    </AuthCard>
  );
}
