import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { isOpenAt, mayInterrupt, wants } from "@/lib/notifications/prefs";
import { appBaseUrl } from "@/server/auth/password-link-mail";
import { defineJob } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { sendMail } from "@/server/mail/outbox";
import { composeNotifications } from "./compose";
import { RECIPIENT_SELECT, recipientMoment, recipientSession } from "./recipient";

// The e-mail digest: a user is mailed at most once per window (REISE_DIGEST_MINUTES, 30 by
// default), with what they have not yet read in the bell. The first notification of a window
// enqueues the window's digest, keyed by user and window end, so fifty notifications make one
// mail. Outside business hours and in the user's quiet hours the digest waits for the next
// opening, unless a HOT lead is in it. A mail server that is down is retried by the runner.

const MAX_LINES = 20;

export function digestWindowMs(env: Record<string, string | undefined> = process.env): number {
  const minutes = Number(env.REISE_DIGEST_MINUTES);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 30) * 60_000;
}

export async function scheduleDigest(tx: Prisma.TransactionClient | PrismaClient, userId: string, after: Date) {
  const window = digestWindowMs();
  const runAt = new Date((Math.floor(after.getTime() / window) + 1) * window);
  await enqueue(tx, notificationDigestJob, { payload: { userId }, key: `${userId}:${runAt.toISOString()}`, runAt });
}

export const notificationDigestJob = defineJob({
  kind: "notifications.digest",
  payload: z.object({ userId: z.string().uuid() }),
  maxAttempts: 8,
  run: ({ userId }, { prisma, now }) => sendDigest(prisma, userId, now),
});

export async function sendDigest(db: PrismaClient, userId: string, now: Date): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: RECIPIENT_SELECT });
  if (!user || !user.active || user.role === "CUSTOMER") return;
  const pending = await db.notification.findMany({
    where: { userId, digestedAt: null, createdAt: { lte: now } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, kind: true, readAt: true, urgent: true },
  });
  if (pending.length === 0) return;
  const { prefs, hours, open, quiet } = await recipientMoment(db, user, now);
  const mailable = pending.filter((row) => !row.readAt && wants(prefs, "email", row.kind));
  const urgent = mailable.some((row) => row.urgent);
  if (mailable.length > 0 && !mayInterrupt({ urgent, open, quiet })) {
    // Wait for the next opening (or the next window, while quiet hours last).
    await scheduleDigest(db, userId, new Date(Math.max(now.getTime(), nextOpening(now, hours).getTime() - 1)));
    return;
  }
  if (mailable.length > 0) {
    const { session, locale } = recipientSession(user);
    const ids = mailable.slice(0, MAX_LINES).map((r) => r.id);
    const lines = await composeNotifications(db, { session, ids, locale });
    const base = appBaseUrl();
    const t = lines.t;
    const text = [
      t("digest.greeting", { name: user.name }),
      t("digest.intro"),
      "",
      ...lines.items.map((item) => `• ${item.text}${item.href ? `\n  ${base}${item.href}` : ""}`),
      ...(mailable.length > MAX_LINES ? ["", t("digest.more", { count: mailable.length - MAX_LINES })] : []),
      "",
      t("digest.open", { url: `${base}/notifications` }),
      t("digest.settings", { url: `${base}/account` }),
    ].join("\n");
    await sendMail({ to: user.email, subject: t("digest.subject", { count: mailable.length }), text });
  }
  // Marked after the send: a worker that dies in between mails twice rather than never.
  await db.notification.updateMany({
    where: { id: { in: pending.map((row) => row.id) } },
    data: { digestedAt: now },
  });
}

function nextOpening(now: Date, hours: Parameters<typeof isOpenAt>[1]): Date {
  // A minute into the next opening, found by stepping: addBusinessMinutes(now, 0) is now itself
  // when open, so step past a quiet stretch by the window instead.
  const window = digestWindowMs();
  for (let at = now.getTime() + window; at < now.getTime() + 8 * 86_400_000; at += window) {
    if (isOpenAt(new Date(at), hours)) return new Date(at);
  }
  return new Date(now.getTime() + window);
}
