import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { countUnread, listNotifications } from "@/server/notifications/queries";
import { PageHeader } from "@/components/shell/page-header";
import { MarkAllReadButton, NotificationLink } from "@/components/notifications/notification-link";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { DATE_AND_TIME } from "@/lib/date-time-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.page"))("title") };
}

const params = z.object({
  show: z.enum(["unread", "all"]).catch("all"),
  cursor: z.string().max(500).optional().catch(undefined),
});

// Every staff user's own notifications, newest first, a page at a time (keyset on the user's index).
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const session = await requireStaff();
  const { show, cursor } = params.parse(await searchParams);
  const db = await getDb();
  const [t, format, page, unread] = await Promise.all([
    getTranslations("notifications.page"),
    getFormatter(),
    listNotifications(db, session, { cursor, unreadOnly: show === "unread", pageSize: 25 }),
    countUnread(db, session),
  ]);
  const now = new Date();
  const tab = (value: "all" | "unread", label: string) => (
    <Link
      href={value === "all" ? "/notifications" : "/notifications?show=unread"}
      aria-current={show === value ? "page" : undefined}
      className={cn(
        "rounded-md px-3 py-1.5 text-sm font-medium",
        show === value ? "bg-accent-50 text-accent-700" : "text-ink-muted hover:bg-gray-100 hover:text-ink",
      )}
    >
      {label}
    </Link>
  );
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/account" className="text-sm text-accent-700 hover:underline">
            {t("preferences")}
          </Link>
        }
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <nav aria-label={t("title")} className="flex gap-1">
          {tab("all", t("all"))}
          {tab("unread", `${t("unreadOnly")} (${unread})`)}
        </nav>
        <MarkAllReadButton disabled={unread === 0} />
      </div>
      <Card>
        {page.rows.length === 0 ? (
          <p className="px-4 py-10 text-center text-sm text-ink-muted">{t("emptyUnread")}</p>
        ) : (
          <ul className="divide-y divide-line" data-testid="notification-list">
            {page.rows.map((item) => (
              <li key={item.id}>
                <NotificationLink id={item.id} href={item.href} read={item.read}>
                  <span className={cn("block", item.read ? "text-ink-muted" : "font-medium text-ink")}>
                    {item.text}
                  </span>
                  <span className="block text-xs text-ink-subtle">
                    <time dateTime={item.createdAt} title={format.dateTime(new Date(item.createdAt), DATE_AND_TIME)}>
                      {format.relativeTime(new Date(item.createdAt), now)}
                    </time>
                    {" · "}
                    {item.read ? t("read") : t("unread")}
                    {item.href ? null : ` · ${t("noAccess")}`}
                  </span>
                </NotificationLink>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <nav aria-label={t("older")} className="mt-4 flex justify-end gap-3 text-sm">
        {cursor ? (
          <Link href={show === "unread" ? "/notifications?show=unread" : "/notifications"} className="text-accent-700">
            {t("newer")}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link
            href={`/notifications?${new URLSearchParams({ show, cursor: page.nextCursor })}`}
            className="text-accent-700"
          >
            {t("older")} →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
