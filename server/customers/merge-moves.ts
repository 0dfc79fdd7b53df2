import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// Every row that points at a customer, moved from the duplicate to the customer kept. The list of
// what is handled (MERGED_REFERENCES) is checked against the database's own foreign keys and
// customerId columns by merge-service.test.ts: a table added later that points at a customer fails
// that test until it is handled here. (An unhandled one would also stop the merge itself, since the
// duplicate cannot be deleted while rows still point at it, but a test says so earlier.)

/** "Table.column" of every reference to "Customer" that moveCustomerRows handles. */
export const MERGED_REFERENCES = [
  "Touchpoint.customerId",
  "Lead.customerId",
  "Order.customerId",
  "LoyaltyEntry.customerId",
  "Consent.customerId",
  "ConsentEvent.customerId",
  "Message.customerId",
  "AutomationRun.customerId",
  "User.customerId",
  "CustomerImportChange.customerId",
  "WebhookDelivery.customerId",
  "WebFormOptIn.customerId",
  "SegmentMember.customerId",
] as const;

export type MovedRows = {
  touchpoints: number;
  leads: number;
  orders: number;
  loyaltyEntries: number;
  consentEvents: number;
  messages: number;
  automationRuns: number;
  consents: number;
  login: boolean;
  importChangesDropped: number;
};

export async function moveCustomerRows(tx: Prisma.TransactionClient, fromId: string, toId: string): Promise<MovedRows> {
  const from = { customerId: fromId };
  const to = { customerId: toId };
  // One after another: a transaction is one connection. Orders moving re-run the trigger that keeps
  // firstOrderAt and orderCount; leads moving re-run the dashboard's day rows.
  const touchpoints = (await tx.touchpoint.updateMany({ where: from, data: to })).count;
  const leads = (await tx.lead.updateMany({ where: from, data: to })).count;
  const orders = (await tx.order.updateMany({ where: from, data: to })).count;
  const loyaltyEntries = (await tx.loyaltyEntry.updateMany({ where: from, data: to })).count;
  const consentEvents = (await tx.consentEvent.updateMany({ where: from, data: to })).count;
  const messages = (await tx.message.updateMany({ where: from, data: to })).count;
  // Webhook deliveries about the duplicate are about the customer kept now: a replay checks whether
  // that customer has been erased (server/webhooks/replay.ts). Their bodies keep the ids they had.
  await tx.webhookDelivery.updateMany({ where: from, data: to });
  // A web form's opt-in still waiting for its e-mailed confirmation: the same person, so confirming
  // it grants the consent on the customer kept.
  await tx.webFormOptIn.updateMany({ where: from, data: to });
  // A rule runs once per customer and occurrence: where both customers already had a run for the
  // same occurrence, the kept customer's stands and the duplicate's record of it goes.
  const kept = await tx.automationRun.findMany({ where: to, select: { ruleId: true, occurrence: true } });
  if (kept.length) {
    await tx.automationRun.deleteMany({
      where: { ...from, OR: kept.map((r) => ({ ruleId: r.ruleId, occurrence: r.occurrence })) },
    });
  }
  const automationRuns = (await tx.automationRun.updateMany({ where: from, data: to })).count;
  // Put into a segment by hand: the customer kept is in every segment either record was in (once).
  const keptIn = await tx.segmentMember.findMany({ where: to, select: { segmentId: true } });
  await tx.segmentMember.deleteMany({ where: { ...from, segmentId: { in: keptIn.map((m) => m.segmentId) } } });
  await tx.segmentMember.updateMany({ where: from, data: to });
  const consents = await mergeConsents(tx, fromId, toId);
  const login = (await tx.user.updateMany({ where: from, data: to })).count > 0;
  // An import's record of what it did to the duplicate goes with the duplicate: undoing that import
  // must neither delete the customer kept (as "created by the import") nor write the duplicate's old
  // values over it. The kept customer's own records stay, and the merge counts as touching it.
  const importChangesDropped = (await tx.customerImportChange.deleteMany({ where: from })).count;
  return {
    touchpoints,
    leads,
    orders,
    loyaltyEntries,
    consentEvents,
    messages,
    automationRuns,
    consents,
    login,
    importChangesDropped,
  };
}

/**
 * Per purpose the newer decision wins (by updatedAt): a customer who withdrew last week on one
 * record and consented a year ago on the other has withdrawn. The history (ConsentEvent) keeps both.
 */
async function mergeConsents(tx: Prisma.TransactionClient, fromId: string, toId: string): Promise<number> {
  const theirs = await tx.consent.findMany({ where: { customerId: fromId } });
  const ours = new Map(
    (await tx.consent.findMany({ where: { customerId: toId } })).map((c) => [c.purpose, c] as const),
  );
  let taken = 0;
  for (const c of theirs) {
    const mine = ours.get(c.purpose);
    if (!mine || c.updatedAt > mine.updatedAt) {
      taken++;
      await tx.consent.upsert({
        where: { customerId_purpose: { customerId: toId, purpose: c.purpose } },
        create: { customerId: toId, purpose: c.purpose, granted: c.granted, updatedAt: c.updatedAt },
        update: { granted: c.granted, updatedAt: c.updatedAt },
      });
    }
  }
  await tx.consent.deleteMany({ where: { customerId: fromId } });
  return taken;
}
