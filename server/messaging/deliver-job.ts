import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { consentNeeded } from "@/lib/messaging/consent";
import { defineJob } from "@/server/jobs/define";
import { sendMail } from "@/server/mail/outbox";
import { markNotDelivered } from "./not-delivered";
import { replyAddressFor } from "./reply-address";
import { unsubscribeParts } from "./unsubscribe";
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
  interactive: true, // a rep just pressed Send to a customer
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
      customer: { select: { erasedAt: true, locale: true, consents: { select: { purpose: true, granted: true } } } },
    },
  });
  if (!message) return;
  if (message.status === "SENDING") return notDelivered(db, messageId, "interrupted", now);
  if (message.status !== "QUEUED") return;
  if (message.customer.erasedAt) return finish(db, messageId, "SKIPPED", { error: "erased" });
  const needed = consentNeeded(message.channel, message.purpose);
  if (needed && !message.customer.consents.some((c) => c.purpose === needed && c.granted)) {
    return finish(db, messageId, "SKIPPED", { error: "no_consent" });
  }
  const claimed = await db.message.updateMany({
    where: { id: messageId, status: "QUEUED" },
    data: { status: "SENDING" },
  });
  if (claimed.count === 0) return;
  // Every marketing e-mail can be unsubscribed from in one click (RFC 8058), by header and by link.
  const unsubscribe =
    message.channel === "EMAIL" && message.purpose === "MARKETING" && message.replyToken
      ? unsubscribeParts(message.replyToken, message.customer.locale)
      : null;
  try {
    const { providerId } =
      message.channel === "EMAIL"
        ? await sendMail({
            to: message.address,
            subject: message.subject ?? "",
            text: message.body + (unsubscribe?.footer ?? ""),
            replyTo: message.replyToken ? replyAddressFor(message.replyToken) : undefined,
            headers: unsubscribe?.headers,
          }).then((sent) => ({ providerId: sent.messageId }))
        : await sendSms({ to: message.address, text: message.body, reference: message.id });
    // Only a message still SENDING becomes SENT: a delivery report can land between the provider's
    // answer and this write, and its FAILED stands (the provider id and time are kept either way).
    const sent = await db.message.updateMany({
      where: { id: messageId, status: "SENDING" },
      data: { status: "SENT", sentAt: now, providerId },
    });
    if (sent.count === 0) await db.message.update({ where: { id: messageId }, data: { sentAt: now, providerId } });
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

async function finish(db: PrismaClient, id: string, status: "SKIPPED", data: { error: string }) {
  await db.message.update({ where: { id }, data: { status, ...data }, select: { id: true } });
}
