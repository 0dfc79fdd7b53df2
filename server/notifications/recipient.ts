import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/locales";
import { inQuietHours, isOpenAt, readNotificationPrefs, type NotificationPrefs } from "@/lib/notifications/prefs";
import type { AppSession } from "@/server/auth/session";
import { getCalendarForTeam } from "@/server/teams/calendar";

// Who a notification goes out to, as the digest and the push read them: the user's columns, the
// session their words are composed for (they name only what that user may still open), and the
// moment as it is for them: their preferences, their team's opening hours (server/teams/calendar.ts),
// whether it is open now and whether they are in their quiet hours.

export const RECIPIENT_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  locale: true,
  timeZone: true,
  teamId: true,
  notificationPrefs: true,
} as const;

export type Recipient = {
  id: string;
  email: string;
  name: string;
  role: AppSession["role"];
  active: boolean;
  locale: string;
  timeZone: string;
  teamId: string | null;
  notificationPrefs: unknown;
};

export function recipientSession(user: Recipient): { session: AppSession; locale: AppSession["locale"] } {
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const { notificationPrefs: _prefs, active: _active, id, ...rest } = user;
  return { session: { ...rest, userId: id, locale, customerId: null }, locale };
}

export type RecipientMoment = {
  prefs: NotificationPrefs;
  hours: Awaited<ReturnType<typeof getCalendarForTeam>>;
  open: boolean;
  quiet: boolean;
};

export async function recipientMoment(db: PrismaClient, user: Recipient, now: Date): Promise<RecipientMoment> {
  const prefs = readNotificationPrefs(user.notificationPrefs);
  const hours = await getCalendarForTeam(db, user.teamId);
  return { prefs, hours, open: isOpenAt(now, hours), quiet: inQuietHours(prefs, now, user.timeZone) };
}
