import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { isId } from "@/lib/validation/id";
import type { SmsDeliveryReport } from "./inbound-sms";
import { markNotDelivered } from "./not-delivered";

// What the providers tell us after a message left: an SMS the operator could not deliver (a
// GatewayAPI report) fails, an e-mail the receiving server refused for good (a Mailgun "failed"
// event of permanent severity) bounced, with the provider's reason, so the rep sees it did not
// arrive (markNotDelivered tells whoever sent it). A report of delivery changes nothing: the message
// stays SENT. Only a message that was handed over changes: a late report never reopens or
// overwrites another outcome.

export type StatusOutcome = { found: boolean; changed: boolean };

export async function recordSmsDeliveryReport(
  db: PrismaClient,
  report: SmsDeliveryReport,
  now: Date,
): Promise<StatusOutcome> {
  const message = await db.message.findFirst({
    where: {
      channel: "SMS",
      direction: "OUTBOUND",
      // userref is our id; a report without it is found by GatewayAPI's id for the SMS.
      ...(report.reference && isId(report.reference) ? { id: report.reference } : { providerId: report.providerId }),
    },
    select: { id: true },
  });
  if (!message) return { found: false, changed: false };
  if (!report.undelivered) return { found: true, changed: false };
  return { found: true, changed: await markIfHandedOver(db, message.id, "FAILED", report.error ?? report.status, now) };
}

export async function recordEmailBounce(
  db: PrismaClient,
  bounce: { messageId: string; reason: string },
  now: Date,
): Promise<StatusOutcome> {
  // nodemailer hands back the Message-Id in angle brackets, Mailgun's events without.
  const ids = [bounce.messageId, `<${bounce.messageId}>`];
  const message = await db.message.findFirst({
    where: { channel: "EMAIL", direction: "OUTBOUND", providerId: { in: ids } },
    select: { id: true },
  });
  if (!message) return { found: false, changed: false };
  return { found: true, changed: await markIfHandedOver(db, message.id, "BOUNCED", bounce.reason, now) };
}

/** Marks it (and tells its sender) only while it stands as handed over; a second report changes nothing. */
async function markIfHandedOver(
  db: PrismaClient,
  id: string,
  status: "FAILED" | "BOUNCED",
  error: string,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.message.updateMany({
      where: { id, status: { in: ["SENT", "SENDING"] } },
      data: { status },
    });
    if (count > 0) await markNotDelivered(tx, id, status, error, now);
    return count > 0;
  });
}
