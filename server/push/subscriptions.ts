import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { PushSubscriptionInput } from "@/lib/validation/push";
import { pushSubscriptionWhere } from "@/server/access/push-subscription";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// Turning push on and off for one device, always as the session's user (server/access/push-subscription.ts).

export type SaveResult = { ok: true } | { ok: false; reason: "taken" };

/**
 * Saves this browser's subscription for the session's user. The endpoint names one browser, so a
 * row of another user's with the same endpoint is the same device changing hands (a shared
 * phone): it is taken over only when the keys match too, which only that browser can show.
 */
export async function savePushSubscription(
  db: PrismaClient,
  session: AppSession,
  input: PushSubscriptionInput,
  userAgent: string | null,
): Promise<SaveResult> {
  const { endpoint, keys } = input;
  return db.$transaction(async (tx) => {
    const existing = await tx.pushSubscription.findUnique({
      where: { endpoint },
      select: { id: true, userId: true, p256dh: true, auth: true },
    });
    if (
      existing &&
      existing.userId !== session.userId &&
      (existing.p256dh !== keys.p256dh || existing.auth !== keys.auth)
    )
      return { ok: false, reason: "taken" } as const;
    const data = { userId: session.userId, p256dh: keys.p256dh, auth: keys.auth, userAgent };
    const saved = existing
      ? await tx.pushSubscription.update({
          where: { id: existing.id },
          data: existing.userId === session.userId ? data : { ...data, failureCount: 0, lastSuccessAt: null },
          select: { id: true },
        })
      : await tx.pushSubscription.create({ data: { ...data, endpoint }, select: { id: true } });
    if (existing?.userId !== session.userId)
      await recordAudit(tx, {
        actorId: session.userId,
        action: "user.push_enabled",
        entityType: "User",
        entityId: session.userId,
        data: { subscriptionId: saved.id, device: userAgent },
      });
    return { ok: true } as const;
  });
}

/** Turns push off for this device; true when the session's user had it on here. */
export async function removePushSubscription(
  db: PrismaClient,
  session: AppSession,
  endpoint: string,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const own = await tx.pushSubscription.findFirst({
      where: { AND: [pushSubscriptionWhere(session), { endpoint }] },
      select: { id: true, userAgent: true },
    });
    if (!own) return false;
    await tx.pushSubscription.delete({ where: { id: own.id } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "user.push_disabled",
      entityType: "User",
      entityId: session.userId,
      data: { subscriptionId: own.id, device: own.userAgent },
    });
    return true;
  });
}

/** The id of the session user's subscription for this endpoint, or null (none, or another user's). */
export async function findOwnPushSubscription(
  db: PrismaClient,
  session: AppSession,
  endpoint: string,
): Promise<string | null> {
  const own = await db.pushSubscription.findFirst({
    where: { AND: [pushSubscriptionWhere(session), { endpoint }] },
    select: { id: true },
  });
  return own?.id ?? null;
}
