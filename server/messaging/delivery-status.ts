import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { isId } from "@/lib/validation/id";
import type { SmsDeliveryReport } from "./inbound-sms";

// What the providers tell us after a message left: an SMS the operator could not deliver (a
// GatewayAPI report) fails, an e-mail the receiving server refused for good (a Mailgun "failed"
// event of permanent severity) bounced, with the provider's reason, so the rep sees it did not
// arrive. A report of delivery changes nothing: the message stays SENT. Only a message that was
// handed over changes: a late report never reopens or overwrites another outcome.

export type StatusOutcome = { found: boolean; changed: boolean };

export async function recordSmsDeliveryReport(db: PrismaClient, report: SmsDeliveryReport): Promise<StatusOutcome> {
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
  const { count } = await db.message.updateMany({
    where: { id: message.id, status: { in: ["SENT", "SENDING"] } },
    data: { status: "FAILED", error: report.error },
  });
  return { found: true, changed: count > 0 };
}

export async function recordEmailBounce(
  db: PrismaClient,
  bounce: { messageId: string; reason: string },
): Promise<StatusOutcome> {
  // nodemailer hands back the Message-Id in angle brackets, Mailgun's events without.
  const ids = [bounce.messageId, `<${bounce.messageId}>`];
  const message = await db.message.findFirst({
    where: { channel: "EMAIL", direction: "OUTBOUND", providerId: { in: ids } },
    select: { id: true },
  });
  if (!message) return { found: false, changed: false };
  const { count } = await db.message.updateMany({
    where: { id: message.id, status: { in: ["SENT", "SENDING"] } },
    data: { status: "BOUNCED", error: bounce.reason.slice(0, 300) },
  });
  return { found: true, changed: count > 0 };
}
