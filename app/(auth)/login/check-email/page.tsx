import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { MailIcon } from "@/components/ui/icons";
import { AuthCard } from "@/components/auth/auth-card";

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const t = await getTranslations("login");
  const { email } = await searchParams;
  const shownEmail = typeof email === "string" && email.length <= 254 ? email : undefined;
  return (
    <AuthCard>
      <div className="flex flex-col items-center gap-3 text-center">
        <span className="flex size-12 items-center justify-center rounded-full bg-accent-50 text-accent-700">
          <MailIcon className="size-6" />
        </span>
        <h1 className="text-xl font-semibold">{t("checkEmailTitle")}</h1>
        <p className="text-sm text-ink-muted">
          {shownEmail ? t("checkEmailBody", { email: shownEmail }) : t("checkEmailBodyGeneric")}
        </p>
        <Link href="/login?tab=customer" className={buttonClasses("secondary")}>
          {t("backToLogin")}
        </Link>
      </div>
    </AuthCard>
  );
}
