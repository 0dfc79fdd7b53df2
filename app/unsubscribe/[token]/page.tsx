import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { buttonClasses } from "@/components/ui/button";
import { getDb } from "@/server/db";
import { readUnsubscribe } from "@/server/messaging/unsubscribe";

// The footer link of a marketing e-mail: public, no session. Opening it changes nothing (mail
// scanners open links); the button posts a plain form to the one-click endpoint, so it works
// without JavaScript, and the endpoint sends the browser back here to say it is done.

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const [{ token }, { done }, t] = await Promise.all([params, searchParams, getTranslations("unsubscribe")]);
  const view = await readUnsubscribe(await getDb(), token);
  return (
    <AuthCard>
      <div className="flex flex-col gap-4">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        {!view ? (
          <p className="text-sm text-ink-muted">{t("unknown")}</p>
        ) : done === "1" ? (
          <p role="status" className="text-sm">
            {t("done", { address: view.address })}
          </p>
        ) : !view.subscribed ? (
          <p className="text-sm">{t("already", { address: view.address })}</p>
        ) : (
          <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="flex flex-col gap-4">
            <p className="text-sm font-medium">{t("question", { address: view.address })}</p>
            <p className="text-sm text-ink-muted">{t("explain")}</p>
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className={buttonClasses("primary")}>
              {t("confirm")}
            </button>
          </form>
        )}
      </div>
    </AuthCard>
  );
}
