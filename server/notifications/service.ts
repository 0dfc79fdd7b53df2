import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { NotificationPrefs } from "@/lib/notifications/prefs";
import type { AppSession } from "@/server/auth/session";
import { countUnread } from "./queries";

// Writes a user makes to their own notifications and preferences: always bounded by the session's
// own user id, so nobody can read or mark another's.

export async function markRead(
  db: PrismaClient,
  session: AppSession,
  which: "all" | string[],
  now = new Date(),
): Promise<number> {
  await db.notification.updateMany({
    where: { userId: session.userId, readAt: null, ...(which === "all" ? {} : { id: { in: which } }) },
    data: { readAt: now },
  });
  return countUnread(db, session);
}

export async function saveNotificationPrefs(db: PrismaClient, session: AppSession, prefs: NotificationPrefs) {
  await db.user.update({
    where: { id: session.userId },
    data: { notificationPrefs: prefs as unknown as Prisma.InputJsonObject },
    select: { id: true },
  });
}
