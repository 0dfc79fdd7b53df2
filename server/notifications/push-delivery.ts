import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { PUSH_LIMITS } from "@/lib/validation/push";
import { mayInterrupt, wants } from "@/lib/notifications/prefs";
import { defineJob } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { enqueuePush } from "@/server/push/send-job";
import { composeNotifications } from "./compose";
import { RECIPIENT_SELECT, recipientMoment, recipientSession } from "./recipient";

// A notification as a push to the user's devices (server/push/). Decided when the job runs, a
// moment after the notification is written: one already read in the bell is not pushed; outside
// business hours and in the user's quiet hours only a HOT lead's comes through; the rest stay in
// the bell and the digest. What a lock screen shows: the customer's first name and what happened.

const payload = z.object({ notificationId: z.string().uuid() });

/** Plans the push of a new notification, in the transaction that wrote it. */
export async function schedulePush(tx: Prisma.TransactionClient, notificationId: string, now: Date) {
  await enqueue(tx, notificationPushJob, { payload: { notificationId }, key: notificationId, runAt: now });
}

const URGENT_KINDS = new Set(["SLA_BREACHED", "SLA_ESCALATED"]);

async function pushNotification(db: PrismaClient, notificationId: string, now: Date): Promise<void> {
  const row = await db.notification.findUnique({
    where: { id: notificationId },
    select: {
      id: true,
      kind: true,
      leadId: true,
      urgent: true,
      readAt: true,
      user: { select: RECIPIENT_SELECT },
    },
  });
  if (!row || row.readAt || !row.user.active) return;
  const { user } = row;
  const { prefs, open, quiet } = await recipientMoment(db, user, now);
  if (!wants(prefs, "push", row.kind)) return;
  if (!mayInterrupt({ urgent: row.urgent, open, quiet })) return;
  const { session, locale } = recipientSession(user);
  const { items } = await composeNotifications(db, { session, ids: [row.id], locale, firstNames: true });
  const item = items[0];
  if (!item) return;
  await enqueuePush(db, {
    userId: user.id,
    title: "Reise",
    body: item.text.slice(0, PUSH_LIMITS.body),
    url: item.href ?? "/notifications",
    // One per lead on a device: a breach replaces that lead's warning instead of piling up.
    tag: row.leadId ? `lead-${row.leadId}` : `notification-${row.id}`,
    urgency: URGENT_KINDS.has(row.kind) ? "high" : "normal",
    key: row.id,
    runAt: now,
  });
}

export const notificationPushJob = defineJob({
  kind: "notifications.push",
  payload,
  run: ({ notificationId }, { prisma, now }) => pushNotification(prisma, notificationId, now),
});
