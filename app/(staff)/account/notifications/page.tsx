import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { digestWindowMs } from "@/server/notifications/digest";
import { getNotificationPrefs } from "@/server/notifications/queries";
import { PageHeader } from "@/components/shell/page-header";
import { NotificationPrefsForm } from "@/components/notifications/notification-prefs-form";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.prefs"))("title") };
}

// Every staff user's own preferences; the action writes only the session's own row.
export default async function NotificationPrefsPage() {
  const session = await requireStaff();
  const [t, prefs] = await Promise.all([
    getTranslations("notifications.prefs"),
    getNotificationPrefs(await getDb(), session),
  ]);
  // Escalations go to managers only: a rep has nothing to choose there.
  const kinds = NOTIFICATION_KINDS.filter((kind) => kind !== "SLA_ESCALATED" || session.role === "MANAGER");
  const kindLabels = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, t(`kinds.${k}`)])) as Record<
    NotificationKind,
    string
  >;
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6">
        <Card className="p-4">
          <NotificationPrefsForm
            kinds={kinds}
            initial={prefs}
            labels={{
              kindColumn: t("kindColumn"),
              email: t("email"),
              push: t("push"),
              quiet: t("quiet"),
              quietOn: t("quietOn"),
              from: t("from"),
              to: t("to"),
              save: t("save"),
              kinds: kindLabels,
            }}
          />
        </Card>
        <div className="space-y-2 text-sm text-ink-muted">
          <p>{t("rule")}</p>
          <p>{t("digestRule", { minutes: Math.round(digestWindowMs() / 60_000) })}</p>
        </div>
      </div>
    </div>
  );
}
