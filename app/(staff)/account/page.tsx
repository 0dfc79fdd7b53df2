import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { digestWindowMs } from "@/server/notifications/digest";
import { getNotificationPrefs } from "@/server/notifications/queries";
import { vapidConfig } from "@/server/push/vapid";
import { PageHeader } from "@/components/shell/page-header";
import { NotificationPrefsForm } from "@/components/notifications/notification-prefs-form";
import { PushSettings } from "@/components/account/push-settings";
import { CalendarFeedSettings } from "@/components/account/calendar-feed-settings";
import { getCalendarFeedStatus } from "@/server/calendar-feed/service";
import { DATE_AND_TIME } from "@/lib/date-time-format";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { WeeklyReportToggle } from "@/components/account/weekly-report-toggle";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.prefs"))("title") };
}

// Every staff user, from the account menu: push on this device, and what reaches them by which
// channel. The actions check the session themselves and write only the user's own rows.
export default async function AccountPage() {
  const session = await requireStaff();
  const db = await getDb();
  const manager = session.role === "MANAGER";
  const [t, tp, tc, tw, format, prefs, feed, me] = await Promise.all([
    getTranslations("notifications.prefs"),
    getTranslations("account.push"),
    getTranslations("account.calendarFeed"),
    getTranslations("goals.weekly"),
    getFormatter(),
    getNotificationPrefs(db, session),
    getCalendarFeedStatus(db, session),
    manager ? db.user.findUnique({ where: { id: session.userId }, select: { weeklyReport: true } }) : null,
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
        <Card aria-labelledby="push-title">
          <CardHeader>
            <CardTitle id="push-title">{tp("title")}</CardTitle>
            <p className="text-sm text-ink-muted">{tp("intro")}</p>
          </CardHeader>
          <CardContent>
            <PushSettings publicKey={vapidConfig()?.publicKey ?? null} />
          </CardContent>
        </Card>
        <Card aria-labelledby="calendar-feed-title">
          <CardHeader>
            <CardTitle id="calendar-feed-title">{tc("title")}</CardTitle>
            <p className="text-sm text-ink-muted">{tc("intro")}</p>
          </CardHeader>
          <CardContent>
            <CalendarFeedSettings
              activeSince={
                feed ? format.dateTime(feed.createdAt, { ...DATE_AND_TIME, timeZone: session.timeZone }) : null
              }
            />
          </CardContent>
        </Card>
        {manager ? (
          <Card aria-labelledby="weekly-report-title">
            <CardHeader>
              <CardTitle id="weekly-report-title">{tw("setting")}</CardTitle>
            </CardHeader>
            <CardContent>
              <WeeklyReportToggle
                enabled={me?.weeklyReport ?? true}
                labels={{
                  label: tw("setting"),
                  description: tw("settingHelp"),
                  on: tw("switchOn"),
                  off: tw("switchOff"),
                  savedOn: tw("savedOn"),
                  savedOff: tw("savedOff"),
                  failed: tw("failed"),
                }}
              />
            </CardContent>
          </Card>
        ) : null}
        <Card aria-labelledby="prefs-title">
          <CardHeader>
            <CardTitle id="prefs-title">{t("whatTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
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
            <div className="mt-6 space-y-2 text-sm text-ink-muted">
              <p>{t("rule")}</p>
              <p>{t("digestRule", { minutes: Number((digestWindowMs() / 60_000).toFixed(1)) })}</p>
            </div>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
