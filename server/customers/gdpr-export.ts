import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { recordAudit } from "@/server/audit";
import type { AppSession } from "@/server/auth/session";
import { authorizeCustomer } from "@/server/access/customer-access";

// The right of access: everything Reise holds about one customer, as JSON.
// Streamed section by section, long lists in batches, so a customer with a
// long history never sits in memory whole. Managers only (the customer rule's "manage"), checked here.

const BATCH = 500;

export type CustomerExport = { filename: string; chunks: AsyncGenerator<string> };

export async function openCustomerExport(
  db: PrismaClient,
  session: AppSession,
  customerId: string,
  now = new Date(),
): Promise<CustomerExport | null> {
  const access = await authorizeCustomer(db, session, customerId, "manage");
  if (!access) return null;
  const profile = await db.customer.findUnique({
    where: { id: access.customerId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      city: true,
      externalId: true,
      notes: true,
      locale: true,
      currency: true,
      journeyStage: true,
      loyaltyTier: true,
      loyaltyPoints: true,
      lastActivityAt: true,
      erasedAt: true,
      createdAt: true,
      updatedAt: true,
      owner: { select: { id: true, name: true } },
      team: { select: { name: true } },
      login: { select: { email: true, active: true, locale: true, lastLoginAt: true, createdAt: true } },
    },
  });
  if (!profile) return null;
  // The entry says how many rows of each kind the file holds, counted in the transaction that records it.
  await db.$transaction(async (tx) => {
    const id = access.customerId;
    // One after another: a transaction is one connection.
    const consentHistory = await tx.consentEvent.count({ where: { customerId: id } });
    const leads = await tx.lead.count({ where: { customerId: id } });
    const followUps = await tx.followUp.count({ where: { lead: { customerId: id } } });
    const touchpoints = await tx.touchpoint.count({ where: { customerId: id } });
    const messages = await tx.message.count({ where: { customerId: id } });
    const orders = await tx.order.count({ where: { customerId: id } });
    const loyaltyLedger = await tx.loyaltyEntry.count({ where: { customerId: id } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "customer.exported",
      entityType: "Customer",
      entityId: customerId,
      data: { consentHistory, leads, followUps, touchpoints, messages, orders, loyaltyLedger },
    });
  });
  return { filename: `customer-${customerId}.json`, chunks: writeExport(db, profile, now) };
}

async function* writeExport(db: PrismaClient, profile: { id: string }, now: Date): AsyncGenerator<string> {
  const customerId = profile.id;
  yield `{"exportedAt":${JSON.stringify(now)},"profile":${JSON.stringify(profile)}`;
  yield `,"consents":${JSON.stringify(await db.consent.findMany({ where: { customerId }, select: { purpose: true, granted: true, updatedAt: true } }))}`;
  yield* list("consentHistory", (after) =>
    db.consentEvent.findMany({
      where: { customerId, ...after },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        purpose: true,
        granted: true,
        source: true,
        occurredAt: true,
        recordedBy: { select: { name: true } },
      },
    }),
  );
  yield* list("leads", (after) =>
    db.lead.findMany({
      where: { customerId, ...after },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        interest: true,
        category: true,
        sourceChannel: true,
        stage: true,
        lostReason: true,
        valueMinor: true,
        createdAt: true,
        closedAt: true,
        owner: { select: { name: true } },
        campaign: { select: { name: true } },
      },
    }),
  );
  yield* list("followUps", (after) =>
    db.followUp.findMany({
      where: { lead: { customerId }, ...after },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        leadId: true,
        type: true,
        outcome: true,
        note: true,
        nextStep: true,
        nextFollowUpAt: true,
        createdAt: true,
        author: { select: { name: true } },
      },
    }),
  );
  yield* list("touchpoints", (after) =>
    db.touchpoint.findMany({
      where: { customerId, ...after },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        occurredAt: true,
        channel: true,
        direction: true,
        phase: true,
        owner: true,
        kind: true,
        stage: true,
        topic: true,
        summary: true,
        leadId: true,
        orderId: true,
        campaign: { select: { name: true } },
      },
    }),
  );
  yield* list("messages", (after) =>
    db.message.findMany({
      where: { customerId, ...after },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        createdAt: true,
        sentAt: true,
        channel: true,
        direction: true,
        purpose: true,
        address: true,
        subject: true,
        body: true,
        status: true,
        leadId: true,
      },
    }),
  );
  yield* list("orders", (after) =>
    db.order.findMany({
      where: { customerId, ...after },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        number: true,
        product: true,
        category: true,
        totalMinor: true,
        currency: true,
        milestone: true,
        fulfilment: true,
        placedAt: true,
        promisedDeliveryAt: true,
        expectedDeliveryAt: true,
        deliveredAt: true,
        internalNote: true,
        events: {
          orderBy: { occurredAt: "asc" },
          select: { kind: true, milestone: true, fromDate: true, toDate: true, reason: true, occurredAt: true },
        },
      },
    }),
  );
  yield* list("loyaltyLedger", (after) =>
    db.loyaltyEntry.findMany({
      where: { customerId, ...after },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, points: true, reason: true, orderId: true, occurredAt: true },
    }),
  );
  yield "}";
}

/** `,"name":[…]` written batch by batch, keyset on id. */
async function* list<T extends { id: string }>(
  name: string,
  fetch: (after: { id?: { gt: string } }) => Promise<T[]>,
): AsyncGenerator<string> {
  yield `,${JSON.stringify(name)}:[`;
  let last: string | undefined;
  let first = true;
  for (;;) {
    const rows = await fetch(last ? { id: { gt: last } } : {});
    for (const row of rows) {
      yield (first ? "" : ",") + JSON.stringify(row);
      first = false;
    }
    if (rows.length < BATCH) break;
    last = rows[rows.length - 1].id;
  }
  yield "]";
}
