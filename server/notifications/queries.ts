import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { readNotificationPrefs, type NotificationPrefs } from "@/lib/notifications/prefs";
import { requireRole, type AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { readAlertSettings, type AlertSettings } from "./alert-settings";
import { decodeKeyset, keyCol, keysetAfter } from "@/server/lists/keyset";
import { readListPage, type ListPage } from "@/server/lists/list-page";
import {
  composeItems,
  notificationSelect,
  translatorFor,
  type NotificationItem,
  type NotificationRaw,
} from "./compose";

// A user reads their own notifications and nobody else's: every read here is bounded by the
// session's user id first, which is also the first column of both indexes it uses.

const SORT = "notifications";
const KEYS = [keyCol("createdAt", "desc", "ts"), keyCol("id", "desc", "uuid")];

/** Unread notifications of the signed-in user: one index-only count over the partial unread index. */
export async function countUnread(db: PrismaClient, session: AppSession): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Notification" WHERE "userId" = ${session.userId}::uuid AND "readAt" IS NULL`;
  return row?.count ?? 0;
}

export async function listNotifications(
  db: PrismaClient,
  session: AppSession,
  input: { cursor?: string; unreadOnly?: boolean; pageSize?: number },
): Promise<ListPage<NotificationItem>> {
  const pageSize = Math.min(Math.max(input.pageSize ?? 25, 1), 100);
  const after = decodeKeyset(SORT, KEYS, input.cursor);
  const where = [
    Prisma.sql`n."userId" = ${session.userId}::uuid`,
    ...(input.unreadOnly ? [Prisma.sql`n."readAt" IS NULL`] : []),
    ...(after ? [keysetAfter("n", KEYS, after)] : []),
  ];
  const sql = Prisma.sql`${notificationSelect(session)}
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY n."createdAt" DESC, n.id DESC
     LIMIT ${pageSize + 1}`;
  const page = await readListPage<NotificationRaw, NotificationRaw>(
    db,
    sql,
    pageSize,
    { sort: SORT, keys: KEYS },
    (r) => r,
  );
  const t = await translatorFor(session.locale);
  return { rows: await composeItems(db, page.rows, t), nextCursor: page.nextCursor };
}

export async function getNotificationPrefs(db: PrismaClient, session: AppSession): Promise<NotificationPrefs> {
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { notificationPrefs: true } });
  return readNotificationPrefs(user?.notificationPrefs);
}

/** The alerts settings page's data. Managers only: anyone else gets a 404. */
export async function getAlertSettingsView(): Promise<{
  settings: AlertSettings;
  teams: { id: string; name: string }[];
}> {
  await requireRole("MANAGER");
  const db = await getDb();
  const [settings, teams] = await Promise.all([
    readAlertSettings(db),
    db.team.findMany({ orderBy: { name: "asc" }, take: 200, select: { id: true, name: true } }),
  ]);
  return { settings, teams };
}
