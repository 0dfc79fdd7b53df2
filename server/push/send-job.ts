import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { pushMessageSchema, type PushMessageInput } from "@/lib/validation/push";
import { defineJob, PermanentJobError, type JobContext } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { deliverPush } from "./deliver";
import { vapidConfig } from "./vapid";

// Web Push delivery, a job so a push service that is down is tried again with backoff. One job
// per message to a user; with several devices it hands each its own job, so a retry for the
// phone whose push service failed does not buzz the laptop that already got it.

const payload = pushMessageSchema.extend({
  userId: z.uuid(),
  /** Set on the per-device jobs (and the account page's test): this subscription only. */
  subscriptionId: z.uuid().optional(),
});

export const pushSendJob = defineJob({
  kind: "push.send",
  payload,
  run: async ({ userId, subscriptionId, ...message }, context) => {
    const vapid = vapidConfig();
    if (!vapid)
      throw new PermanentJobError("Web Push has no VAPID keys (REISE_VAPID_PUBLIC_KEY, REISE_VAPID_PRIVATE_KEY)");
    const { prisma, now } = context;
    const devices = await prisma.pushSubscription.findMany({
      where: subscriptionId ? { id: subscriptionId, userId } : { userId },
      select: { id: true, endpoint: true, p256dh: true, auth: true },
      orderBy: { createdAt: "asc" },
    });
    if (devices.length > 1) return fanOut(devices, { userId, ...message }, context);
    for (const device of devices) {
      let outcome: "sent" | "gone";
      try {
        outcome = await deliverPush(device, message, vapid);
      } catch (error) {
        await prisma.pushSubscription.updateMany({
          where: { id: device.id },
          data: { failureCount: { increment: 1 } },
        });
        throw error;
      }
      if (outcome === "gone") await prisma.pushSubscription.deleteMany({ where: { id: device.id } });
      else
        await prisma.pushSubscription.updateMany({
          where: { id: device.id },
          data: { lastSuccessAt: now, failureCount: 0 },
        });
    }
  },
});

async function fanOut(
  devices: { id: string }[],
  message: Omit<z.output<typeof payload>, "subscriptionId">,
  { prisma, now, jobId }: JobContext,
): Promise<void> {
  // Keyed by this job, so a rerun of it (its worker died after enqueueing) adds nothing.
  for (const device of devices)
    await enqueue(prisma, pushSendJob, {
      payload: { ...message, subscriptionId: device.id },
      key: `${jobId}:${device.id}`,
      runAt: now,
    });
}

export type PushRequest = PushMessageInput & {
  userId: string;
  /** Idempotency: a second enqueue with the same key is the first one (e.g. the notification's id). */
  key: string;
  /** Not before this instant (default: now); the caller's clock, which tests pin. */
  runAt?: Date;
};

/**
 * Pushes a message to every device on which the user turned push on, as a job written in the
 * caller's transaction (so it exists exactly when the caller's change commits). Null when the user
 * has no device with push on. What it carries shows on a lock screen: a customer's first name and
 * what happened, never the text of their message. `url` must be a path on this site.
 */
export async function enqueuePush(
  tx: Prisma.TransactionClient | PrismaClient,
  { key, runAt, ...request }: PushRequest,
): Promise<{ id: string; created: boolean } | null> {
  const device = await tx.pushSubscription.findFirst({ where: { userId: request.userId }, select: { id: true } });
  if (!device) return null;
  return enqueue(tx, pushSendJob, { payload: request, key, runAt });
}

/** The account page's test: one message to one device, now. */
export async function enqueueDevicePush(
  db: PrismaClient,
  request: PushMessageInput & { userId: string; subscriptionId: string; key: string; runAt?: Date },
): Promise<void> {
  const { key, runAt, ...rest } = request;
  await enqueue(db, pushSendJob, { payload: rest, key, runAt });
}
