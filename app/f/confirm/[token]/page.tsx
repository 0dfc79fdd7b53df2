import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { buttonClasses } from "@/components/ui/button";
import { getDb } from "@/server/db";
import { readOptIn } from "@/server/web-forms/opt-in";

// The double opt-in link from the e-mail: public, no session. Opening it changes nothing (mail
// scanners open links); the button posts a plain form, so it works without JavaScript, and the
// endpoint sends the browser back here, where the consent now shows as recorded.

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function ConfirmWebFormConsentPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await readOptIn(await getDb(), token, new Date());
  // In the form's language; an unknown link in the visitor's own.
  const locale = view.state === "unknown" ? await getLocale() : view.language;
  const [t, purpose] = await Promise.all([
    getTranslations({ locale, namespace: "webForms.confirm" }),
    getTranslations({ locale, namespace: "webForms.optInMail.purposes" }),
  ]);
  const list = (purposes: string[]) => (
    <ul className="list-disc pl-5 text-sm">
      {purposes.map((p) => (
        <li key={p}>{purpose(p as "SMS")}</li>
      ))}
    </ul>
  );
  return (
    <AuthCard>
      <div lang={locale} className="flex flex-col gap-4">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        {view.state === "unknown" ? (
          <p className="text-sm text-ink-muted">{t("unknown")}</p>
        ) : view.state === "expired" ? (
          <p className="text-sm text-ink-muted">{t("expired")}</p>
        ) : view.state === "confirmed" ? (
          <div role="status" className="flex flex-col gap-3">
            <p className="text-sm font-medium">{t("confirmed")}</p>
            {list(view.purposes)}
            <p className="text-sm text-ink-muted">{t("withdraw")}</p>
          </div>
        ) : (
          <form
            method="post"
            action={`/api/web-forms/confirm/${encodeURIComponent(token)}`}
            className="flex flex-col gap-4"
          >
            <p className="text-sm font-medium">{t("question")}</p>
            {list(view.purposes)}
            <button type="submit" className={buttonClasses("primary")}>
              {t("button")}
            </button>
          </form>
        )}
      </div>
    </AuthCard>
  );
}
