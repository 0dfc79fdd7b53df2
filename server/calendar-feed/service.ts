import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { assertStaff } from "@/server/access/staff";
import { recordAudit } from "@/server/audit";
import { newFeedToken } from "./feed-token";

// A staff member's own calendar feed: one live link at a time. Creating a new one revokes the old
// (a link that leaked is replaced, not added to); revoking stops it at once, since every request
// looks the link up. Both are audited with the feed's id, never its token or hash.

export type CalendarFeedStatus = { id: string; createdAt: Date } | null;

/** The signed-in user's live feed, if any (never its token: that was shown once). */
export async function getCalendarFeedStatus(db: PrismaClient, session: AppSession | null): Promise<CalendarFeedStatus> {
  assertStaff(session);
  return db.calendarFeed.findFirst({
    where: { userId: session.userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true },
  });
}

/** A new link for the signed-in user; the token is in the result and nowhere else. */
export async function createCalendarFeed(
  db: PrismaClient,
  session: AppSession,
  now: Date,
): Promise<{ id: string; token: string }> {
  assertStaff(session);
  const { token, hash } = newFeedToken();
  return db.$transaction(async (tx) => {
    await revokeLive(tx, session, now);
    const feed = await tx.calendarFeed.create({
      data: { userId: session.userId, tokenHash: hash, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "user.calendar_feed_created",
      entityType: "User",
      entityId: session.userId,
      data: { feedId: feed.id },
    });
    return { id: feed.id, token };
  });
}

/** Stops the signed-in user's live link; false when there was none. */
export async function revokeCalendarFeed(db: PrismaClient, session: AppSession, now: Date): Promise<boolean> {
  assertStaff(session);
  return db.$transaction(async (tx) => (await revokeLive(tx, session, now)) > 0);
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function revokeLive(tx: Tx, session: AppSession, now: Date): Promise<number> {
  const live = await tx.calendarFeed.findMany({
    where: { userId: session.userId, revokedAt: null },
    select: { id: true },
  });
  for (const feed of live) {
    await tx.calendarFeed.update({ where: { id: feed.id }, data: { revokedAt: now }, select: { id: true } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "user.calendar_feed_revoked",
      entityType: "User",
      entityId: session.userId,
      data: { feedId: feed.id },
    });
  }
  return live.length;
}
