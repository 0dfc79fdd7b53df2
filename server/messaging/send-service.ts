import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { consentNeeded } from "@/lib/messaging/consent";
import { renderMessage, type TemplateVariable } from "@/lib/messaging/render";
import { smsLength } from "@/lib/messaging/sms-length";
import { emailAddress, smsNumber, type SendMessageInput } from "@/lib/validation/send-message";
import { authorizeCustomer } from "@/server/access/customer-access";
import { leadWhere, mayClaimLeads } from "@/server/access/lead";
import { recordAudit } from "@/server/audit";
import type { AppSession } from "@/server/auth/session";
import { firstResponse } from "@/server/leads/follow-up-service";
import { queueMessage } from "./queue";
import { templateValuesFor } from "./template-values";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// A rep writes to a customer from the lead or customer page. The message is filed on the lead it was
// written from (from the customer page: the customer's newest open lead the rep may open), and, like
// a logged call that reached the customer, it answers whoever was waiting: the response clock stops,
// the first response is counted, and a rep writing on an unassigned lead takes it. Everything in one
// transaction with the queued message; the delivery job sends it after the commit.

export type SendFailure =
  "not_found" | "key_reused" | "no_address" | "no_consent" | "template_gone" | "missing_values" | "sms_too_long";

export type SendResult =
  | { ok: true; messageId: string; replayed: boolean }
  | { ok: false; reason: SendFailure; missing?: TemplateVariable[]; parts?: number };

const OPEN = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] as const;
type Tx = Prisma.TransactionClient;

export async function sendCustomerMessage(
  db: PrismaClient,
  session: AppSession,
  input: SendMessageInput,
  now: Date,
): Promise<SendResult> {
  if (session.role !== "SALES" && session.role !== "MANAGER") return { ok: false, reason: "not_found" };
  const key = `rep:${input.idempotencyKey}`;
  return db.$transaction(async (tx) => {
    const earlier = await tx.message.findUnique({
      where: { key },
      select: { id: true, sentById: true, customerId: true },
    });
    if (earlier) {
      return earlier.sentById === session.userId && earlier.customerId === input.customerId
        ? { ok: true, messageId: earlier.id, replayed: true }
        : { ok: false, reason: "key_reused" };
    }
    if (!(await authorizeCustomer(tx, session, input.customerId))) return { ok: false, reason: "not_found" };
    const lead = await leadFor(tx, session, input);
    if (lead === undefined) return { ok: false, reason: "not_found" };

    const customer = await tx.customer.findUniqueOrThrow({
      where: { id: input.customerId },
      select: { email: true, phone: true, erasedAt: true, consents: { select: { purpose: true, granted: true } } },
    });
    if (customer.erasedAt) return { ok: false, reason: "not_found" };
    const address = input.channel === "EMAIL" ? emailAddress(customer.email) : smsNumber(customer.phone);
    if (!address) return { ok: false, reason: "no_address" };

    const template = input.templateId
      ? await tx.messageTemplate.findFirst({
          where: { id: input.templateId, channel: input.channel, archivedAt: null },
          select: { id: true, purpose: true },
        })
      : null;
    if (input.templateId && !template) return { ok: false, reason: "template_gone" };
    const purpose = template?.purpose ?? "ANSWER";
    const needed = consentNeeded(input.channel, purpose);
    if (needed && !customer.consents.some((c) => c.purpose === needed && c.granted))
      return { ok: false, reason: "no_consent" };

    const values = await templateValuesFor(tx, {
      customerId: input.customerId,
      leadId: lead?.id ?? null,
      repName: session.name,
    });
    const rendered = renderMessage({ subject: input.subject, body: input.body }, values);
    if (!rendered.ok) return { ok: false, reason: "missing_values", missing: rendered.missing };
    if (input.channel === "SMS") {
      const length = smsLength(rendered.body);
      if (length.tooLong) return { ok: false, reason: "sms_too_long", parts: length.parts };
    }

    const queued = await queueMessage(tx, {
      customerId: input.customerId,
      leadId: lead?.id ?? null,
      channel: input.channel,
      purpose,
      address,
      subject: rendered.subject,
      body: rendered.body,
      templateId: template?.id ?? null,
      sentById: session.userId,
      key,
      now,
    });
    if (lead) await answerLead(tx, session, lead, now);
    return { ok: true, messageId: queued.messageId, replayed: false };
  });
}

type LeadForAnswer = {
  id: string;
  ownerId: string | null;
  waitingSince: Date | null;
  createdAt: Date;
  firstResponseAt: Date | null;
  customer: { teamId: string | null };
};
const LEAD_SELECT = {
  id: true,
  ownerId: true,
  waitingSince: true,
  createdAt: true,
  firstResponseAt: true,
  customer: { select: { teamId: true } },
} as const;

/** The lead named (undefined when the reader may not open it), or the customer's newest open one, or null. */
async function leadFor(
  tx: Tx,
  session: AppSession,
  input: SendMessageInput,
): Promise<LeadForAnswer | null | undefined> {
  if (input.leadId) {
    const lead = await tx.lead.findFirst({
      where: { AND: [{ id: input.leadId, customerId: input.customerId }, leadWhere(session)] },
      select: LEAD_SELECT,
    });
    return lead ?? undefined;
  }
  return tx.lead.findFirst({
    where: { AND: [{ customerId: input.customerId, stage: { in: [...OPEN] } }, leadWhere(session)] },
    orderBy: { createdAt: "desc" },
    select: LEAD_SELECT,
  });
}

async function answerLead(tx: Tx, session: AppSession, lead: LeadForAnswer, now: Date): Promise<void> {
  const claims = mayClaimLeads(session) && lead.ownerId === null;
  await tx.lead.update({
    where: { id: lead.id },
    data: {
      version: { increment: 1 },
      lastActivityAt: now,
      waitingSince: null,
      slaDueAt: null,
      ...(claims ? { ownerId: session.userId } : {}),
      ...(lead.firstResponseAt === null ? await firstResponse(tx, lead, now) : {}),
    },
    select: { id: true },
  });
  if (claims) {
    await recordAudit(tx, {
      actorId: session.userId,
      action: "lead.claimed",
      entityType: "Lead",
      entityId: lead.id,
      data: { from: null, to: session.userId, via: "message" },
    });
    await emitWebhookEvent(tx, {
      type: "lead.assigned",
      data: { leadId: lead.id, from: null, to: session.userId, via: "message" },
      occurredAt: now,
    });
  }
}
