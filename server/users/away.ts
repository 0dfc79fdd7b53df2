import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { localDateTimeToUtc } from "@/lib/validation/local-date-time";
import { AWAY_MAX_DAYS, type AwayError } from "@/lib/validation/away";
import { mayMarkAway } from "@/server/access/staff";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// Marking a staff user away and back. Away ends by itself at the start of the day they are back,
// in their own time zone (a rep in Copenhagen back on Monday is back at 00:00 Copenhagen time),
// so nobody has to remember to switch it off after a holiday.

export type AwayResult = { ok: true; awayUntil: Date | null } | { ok: false; reason: AwayError };

const DAY_MS = 86_400_000;

export async function setAway(
  db: PrismaClient,
  session: AppSession,
  input: { userId?: string; back: string },
  now: Date,
): Promise<AwayResult> {
  const userId = input.userId ?? session.userId;
  if (!mayMarkAway(session, userId)) return { ok: false, reason: "notFound" };
  return db.$transaction(async (tx): Promise<AwayResult> => {
    const user = await tx.user.findFirst({
      where: { id: userId, role: { in: ["SALES", "MANAGER"] } },
      select: { id: true, timeZone: true, awayUntil: true },
    });
    if (!user) return { ok: false, reason: "notFound" };
    let awayUntil: Date | null = null;
    if (input.back) {
      awayUntil = localDateTimeToUtc(`${input.back}T00:00`, user.timeZone);
      if (!awayUntil) return { ok: false, reason: "date" };
      if (awayUntil <= now) return { ok: false, reason: "past" };
      if (awayUntil.getTime() - now.getTime() > AWAY_MAX_DAYS * DAY_MS) return { ok: false, reason: "tooFar" };
    }
    // An away-until already passed is "present": marking present again then changes nothing.
    const before = user.awayUntil && user.awayUntil > now ? user.awayUntil : null;
    if (before?.getTime() === awayUntil?.getTime()) return { ok: true, awayUntil };
    await tx.user.update({ where: { id: user.id }, data: { awayUntil }, select: { id: true } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: awayUntil ? "user.marked_away" : "user.marked_present",
      entityType: "User",
      entityId: user.id,
      data: { from: before?.toISOString() ?? null, to: awayUntil?.toISOString() ?? null },
    });
    return { ok: true, awayUntil };
  });
}

/** The user's away-until while it lies ahead, else null (present). */
export async function readAway(db: PrismaClient, userId: string, now: Date): Promise<Date | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { awayUntil: true } });
  return user?.awayUntil && user.awayUntil > now ? user.awayUntil : null;
}
