import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { consentNeeded } from "@/lib/messaging/consent";
import { defineJob } from "@/server/jobs/define";
import { sendMail } from "@/server/mail/outbox";
import { markNotDelivered } from "./not-delivered";
import { replyAddressFor } from "./reply-address";
import { sendSms, SmsRejected } from "./sms-gateway";

// Delivers one queued message. At most once: the message is claimed (QUEUED → SENDING) before it is
// handed over, and a try that finds it SENDING (its worker died mid-send) marks it FAILED instead of
// sending again, since it may have gone out. A customer must never get the same text twice; a rep
// sees "not delivered" and can send again. Consent for marketing is checked here, when it is sent,
// not when it was queued: a customer who withdrew in between gets nothing.

const payload = z.object({ messageId: z.guid() });
const MAX_ATTEMPTS = 5;

export const messageDeliverJob = defineJob({
  kind: "message.deliver",
  payload,
  maxAttempts: MAX_ATTEMPTS,
  run: ({ messageId }, { prisma, now, attempt }) => deliverMessage(prisma, messageId, now, attempt),
});

export async function deliverMessage(db: PrismaClient, messageId: string, now: Date, attempt = 1): Promise<void> {
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: {
      id: true,
      status: true,
      channel: true,
      purpose: true,
      address: true,
      subject: true,
      body: true,
      replyToken: true,
      customer: { select: { erasedAt: true, consents: { select: { purpose: true, granted: true } } } },
    },
  });
  if (!message) return;
  if (message.status === "SENDING") return notDelivered(db, messageId, "interrupted", now);
  if (message.status !== "QUEUED") return;
  if (message.customer.erasedAt) return finish(db, messageId, "SKIPPED", now, { error: "erased" });
  const needed = consentNeeded(message.channel, message.purpose);
  if (needed && !message.customer.consents.some((c) => c.purpose === needed && c.granted)) {
    return finish(db, messageId, "SKIPPED", now, { error: "no_consent" });
  }
  const claimed = await db.message.updateMany({
    where: { id: messageId, status: "QUEUED" },
    data: { status: "SENDING" },
  });
  if (claimed.count === 0) return;
  try {
    const { providerId } =
      message.channel === "EMAIL"
        ? await sendMail({
            to: message.address,
            subject: message.subject ?? "",
            text: message.body,
            replyTo: message.replyToken ? replyAddressFor(message.replyToken) : undefined,
          }).then((sent) => ({ providerId: sent.messageId }))
        : await sendSms({ to: message.address, text: message.body, reference: message.id });
    await finish(db, messageId, "SENT", now, { providerId });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Refused for good (an invalid number), or out of tries: the message failed and the rep sees it.
    if (error instanceof SmsRejected || attempt >= MAX_ATTEMPTS) return notDelivered(db, messageId, reason, now);
    // Not handed over: back in the queue for the runner's next try.
    await db.message.update({ where: { id: messageId }, data: { status: "QUEUED" }, select: { id: true } });
    throw error;
  }
}

function notDelivered(db: PrismaClient, id: string, error: string, now: Date): Promise<void> {
  return db.$transaction((tx) => markNotDelivered(tx, id, "FAILED", error, now));
}

async function finish(
  db: PrismaClient,
  id: string,
  status: "SENT" | "SKIPPED",
  now: Date,
  data: { providerId?: string; error?: string },
): Promise<void> {
  await db.message.update({
    where: { id },
    data: { status, ...(status === "SENT" ? { sentAt: now } : {}), ...data },
    select: { id: true },
  });
}
