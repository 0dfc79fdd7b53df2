import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { readNotificationPrefs, wants } from "@/lib/notifications/prefs";
import { scheduleDigest } from "./digest";

// Telling staff something: one row per recipient in the bell (always), and, by each recipient's
// preferences, a place in their next e-mail digest. Runs inside the caller's transaction, so a
// notification exists exactly when what it tells of was written. `key` names the event: the same
// event notifies a user once, however often the job or request behind it runs.

export type NotifyInput = {
  userIds: string[];
  kind: NotificationKind;
  leadId: string | null;
  key: string;
  /** Ids, minutes and codes the text is composed from when read; never a customer's own words. */
  data?: Prisma.InputJsonObject;
  now: Date;
};

export async function notify(tx: Prisma.TransactionClient, input: NotifyInput): Promise<string[]> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return [];
  // A HOT lead comes through outside business and quiet hours (lib/notifications/prefs.ts).
  const lead = input.leadId
    ? await tx.lead.findUnique({ where: { id: input.leadId }, select: { readiness: true } })
    : null;
  const created = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({
      userId,
      kind: input.kind,
      leadId: input.leadId,
      data: input.data ?? {},
      urgent: lead?.readiness === "HOT",
      key: input.key,
      createdAt: input.now,
    })),
    skipDuplicates: true,
    select: { id: true, userId: true },
  });
  if (created.length === 0) return [];
  const users = await tx.user.findMany({
    where: { id: { in: created.map((row) => row.userId) }, active: true },
    select: { id: true, notificationPrefs: true },
  });
  for (const user of users) {
    const prefs = readNotificationPrefs(user.notificationPrefs);
    if (wants(prefs, "email", input.kind)) await scheduleDigest(tx, user.id, input.now);
  }
  return created.map((row) => row.id);
}
