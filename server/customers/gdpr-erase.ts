import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { OPEN_STAGES } from "@/lib/lead-stages";
import { confirmsName, type EraseCustomerInput } from "@/lib/validation/consent";
import { recordAudit, redactAuditText } from "@/server/audit";
import type { AppSession } from "@/server/auth/session";
import { authorizeCustomer, staffMay } from "@/server/access/customer-access";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// The right to erasure. Personal data goes: the customer's name, contact data
// and city, and every free text that may quote them (touchpoint summaries,
// lead interests and lost reasons, follow-up notes and next steps, order
// internal notes and the reasons staff gave for moving a delivery date); their
// login is disabled and anonymised and its pending sign-in links deleted. What
// stays is what the business must keep and what holds nothing about the person:
// orders with their totals, the loyalty ledger, consent history (proof of what
// was agreed), timestamps and counts, so the dashboard's numbers do not change.
// One transaction, irreversible, manager only.

export const ERASED_NAME = "Erased customer";
export const ERASED_TEXT = "[erased]";

export type EraseResult =
  { ok: true; alreadyErased: boolean } | { ok: false; reason: "forbidden" | "not_found" | "name_mismatch" };

export async function eraseCustomer(
  db: PrismaClient,
  session: AppSession,
  input: EraseCustomerInput,
  now = new Date(),
): Promise<EraseResult> {
  // Checked here, in the data layer: the action and any direct POST end up in this function.
  if (!staffMay(session, "manage")) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx) => {
    const access = await authorizeCustomer(tx, session, input.customerId, "manage");
    if (!access) return { ok: false, reason: "not_found" } as const;
    const customer = await tx.customer.findUnique({
      where: { id: access.customerId },
      select: { id: true, name: true, erasedAt: true },
    });
    if (!customer) return { ok: false, reason: "not_found" } as const;
    if (customer.erasedAt) return { ok: true, alreadyErased: true } as const;
    if (!confirmsName(input.confirmName, customer.name)) return { ok: false, reason: "name_mismatch" } as const;
    // The conditional update is the lock: of two concurrent erasures only one finds erasedAt still null.
    const claimed = await tx.customer.updateMany({
      where: { id: customer.id, erasedAt: null },
      data: { name: ERASED_NAME, email: null, phone: null, city: null, externalId: null, notes: null, erasedAt: now },
    });
    if (claimed.count === 0) return { ok: true, alreadyErased: true } as const;
    const customerId = customer.id;
    // One after another: a transaction is one connection.
    const touchpoints = await tx.touchpoint.updateMany({ where: { customerId }, data: { summary: ERASED_TEXT } });
    // Nobody is to answer a customer who asked to be forgotten: their open leads close as lost to
    // the erasure (audited like any loss, so the dashboard counts them where they were lost), and the
    // response clock and any planned follow-up stop, so no warning, breach or reminder names their
    // lead again (the jobs already planned find the clock gone and stay quiet).
    const leads = await tx.lead.updateMany({
      where: { customerId },
      data: { interest: ERASED_TEXT, lostReason: null, waitingSince: null, slaDueAt: null, nextFollowUpAt: null },
    });
    const open = await tx.lead.findMany({
      where: { customerId, stage: { in: [...OPEN_STAGES] } },
      select: { id: true, stage: true },
    });
    await tx.lead.updateMany({
      where: { id: { in: open.map((l) => l.id) } },
      data: { stage: "LOST", lostReason: ERASED_TEXT, closedAt: now, stageChangedAt: now, version: { increment: 1 } },
    });
    for (const lead of open) {
      await recordAudit(tx, {
        actorId: session.userId,
        action: "lead.stage_changed",
        entityType: "Lead",
        entityId: lead.id,
        data: { from: lead.stage, to: "LOST", via: "erasure" },
      });
    }
    const followUps = await tx.followUp.updateMany({
      where: { lead: { customerId } },
      data: { note: ERASED_TEXT, nextStep: null },
    });
    // E-mails and SMS hold the customer's words and where they were sent; anything still waiting to go
    // out is never sent (the delivery job skips an erased customer too).
    const messages = await tx.message.updateMany({
      where: { customerId },
      data: { address: ERASED_TEXT, subject: null, body: ERASED_TEXT },
    });
    await tx.message.updateMany({
      where: { customerId, status: "QUEUED" },
      data: { status: "SKIPPED", error: "erased" },
    });
    const orders = await tx.order.updateMany({ where: { customerId }, data: { internalNote: null } });
    // Who was put into which segment by hand says something about the person: it goes.
    await tx.segmentMember.deleteMany({ where: { customerId } });
    // The audit trail keeps its entries; what staff typed about the customer in them goes.
    const auditEntriesRedacted = await redactAuditText(tx, {
      leadIds: (await tx.lead.findMany({ where: { customerId }, select: { id: true } })).map((l) => l.id),
      orderIds: (await tx.order.findMany({ where: { customerId }, select: { id: true } })).map((o) => o.id),
    });
    await tx.orderEvent.updateMany({
      where: { order: { customerId }, reason: { not: null } },
      data: { reason: ERASED_TEXT },
    });
    const login = await tx.user.findUnique({ where: { customerId }, select: { id: true, email: true } });
    if (login) {
      await tx.verificationToken.deleteMany({ where: { identifier: login.email } });
      await tx.user.update({
        where: { id: login.id },
        // Sessions die with the bumped token version; the address frees up for nobody to sign in with.
        data: {
          email: `erased-${customerId}@erased.invalid`,
          name: ERASED_NAME,
          passwordHash: null,
          active: false,
          tokenVersion: { increment: 1 },
        },
      });
    }
    // Counts and ids only: the audit row must not hold what was just erased.
    await recordAudit(tx, {
      actorId: session.userId,
      action: "customer.erased",
      entityType: "Customer",
      entityId: customerId,
      data: {
        touchpoints: touchpoints.count,
        leads: leads.count,
        followUps: followUps.count,
        messages: messages.count,
        orders: orders.count,
        auditEntriesRedacted,
        login: login?.id ?? null,
      },
    });
    await emitWebhookEvent(tx, { type: "customer.erased", data: { customerId }, occurredAt: now });
    return { ok: true, alreadyErased: false } as const;
  });
}
