import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MessageChannel, MessagePurpose } from "@/generated/prisma/enums";
import { enqueue } from "@/server/jobs/enqueue";
import { messageDeliverJob } from "./deliver-job";
import { newReplyToken } from "./reply-address";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// The one way a message to a customer starts: a rep's send, a segment send and an automation all
// call queueMessage inside their own transaction. It writes the message (QUEUED), its outbound
// touchpoint on the customer's timeline, and the delivery job, so all three exist exactly when the
// caller's write commits. A key makes it idempotent: the same key queues one message, ever.

export type QueueMessageInput = {
  customerId: string;
  leadId: string | null;
  channel: MessageChannel;
  purpose: MessagePurpose;
  /** The e-mail address or phone number (E.164) it goes to. */
  address: string;
  subject: string | null;
  body: string;
  templateId: string | null;
  /** The member of staff who sent it; null for automations. */
  sentById: string | null;
  key: string | null;
  now: Date;
  /** Not before (quiet hours for SMS); default now. */
  sendAt?: Date;
  /** The segment send it is part of. */
  segmentSendId?: string | null;
};

export type QueuedMessage = { messageId: string; touchpointId: string; created: boolean };

export async function queueMessage(tx: Prisma.TransactionClient, input: QueueMessageInput): Promise<QueuedMessage> {
  if (input.key) {
    const earlier = await tx.message.findUnique({
      where: { key: input.key },
      select: { id: true, touchpointId: true },
    });
    if (earlier) return { messageId: earlier.id, touchpointId: earlier.touchpointId ?? "", created: false };
  }
  const customer = await tx.customer.findUniqueOrThrow({
    where: { id: input.customerId },
    select: { journeyStage: true },
  });
  const lead = input.leadId ? await tx.lead.findUnique({ where: { id: input.leadId }, select: { stage: true } }) : null;
  const touchpoint = await tx.touchpoint.create({
    data: {
      customerId: input.customerId,
      leadId: input.leadId,
      actorId: input.sentById,
      occurredAt: input.now,
      channel: input.channel,
      kind: input.channel,
      direction: "OUTBOUND",
      phase: input.purpose === "CARE" || lead?.stage === "WON" ? "AFTER" : "BEFORE",
      owner: "BRAND",
      stage: customer.journeyStage,
      summary: summaryOf(input),
    },
    select: { id: true },
  });
  await emitWebhookEvent(tx, {
    type: "touchpoint.created",
    data: { touchpointId: touchpoint.id },
    occurredAt: input.now,
  });
  const message = await tx.message.create({
    data: {
      customerId: input.customerId,
      leadId: input.leadId,
      touchpointId: touchpoint.id,
      templateId: input.templateId,
      channel: input.channel,
      direction: "OUTBOUND",
      purpose: input.purpose,
      address: input.address,
      subject: input.subject,
      body: input.body,
      replyToken: input.channel === "EMAIL" ? newReplyToken() : null,
      status: "QUEUED",
      sentById: input.sentById,
      key: input.key,
      segmentSendId: input.segmentSendId ?? null,
      createdAt: input.now,
    },
    select: { id: true },
  });
  await tx.customer.update({
    where: { id: input.customerId },
    data: { lastActivityAt: input.now },
    select: { id: true },
  });
  await enqueue(tx, messageDeliverJob, { payload: { messageId: message.id }, key: message.id, runAt: input.sendAt });
  return { messageId: message.id, touchpointId: touchpoint.id, created: true };
}

function summaryOf(input: QueueMessageInput): string {
  if (input.channel === "EMAIL") return `E-mail: ${input.subject ?? ""}`.trim();
  const text = input.body.replace(/\s+/g, " ").trim();
  return `SMS: ${text.length > 140 ? `${text.slice(0, 139)}…` : text}`;
}
