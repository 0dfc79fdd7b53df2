import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { addTouchpoints, makeCustomer, openCustomerWorld, type CustomerWorld } from "@/test/worlds/customer-world";

let world: CustomerWorld;
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
const { eraseCustomer, ERASED_NAME, ERASED_TEXT } = await import("./gdpr-erase");
const { openCustomerExport } = await import("./gdpr-export");

const NOW = new Date("2026-11-24T09:00:00Z");

/** A customer whose name and email are written into every free-text field that may hold them. */
async function makeRichCustomer() {
  const tag = crypto.randomUUID().slice(0, 8);
  const name = `Zelda Quist ${tag}`;
  const email = `zelda.${tag}@eksempel.no`;
  const c = await makeCustomer(world.db, { name, email, ownerId: world.sales.userId });
  const lead = await world.db.lead.create({
    data: {
      customerId: c.id,
      ownerId: world.sales.userId,
      interest: `${name} vil ha elbil`,
      category: "CAR",
      sourceChannel: "CHAT",
      stage: "LOST",
      lostReason: `${name} kjøpte annet sted`,
      valueMinor: 500_000_00,
    },
    select: { id: true },
  });
  await addTouchpoints(world.db, c.id, [
    {
      stage: "RESEARCH",
      phase: "BEFORE",
      at: new Date(NOW.getTime() - 86_400_000),
      summary: `Chat fra ${name} (${email})`,
      leadId: lead.id,
    },
    { stage: "PURCHASE", phase: "DURING", at: NOW, summary: "Ordre signert" },
  ]);
  await world.db.followUp.create({
    data: {
      leadId: lead.id,
      authorId: world.sales.userId,
      type: "CALL",
      outcome: "REACHED",
      note: `Ringte ${name}, sendte tilbud til ${email}`,
      nextStep: `Ring ${name} igjen`,
      idempotencyKey: crypto.randomUUID(),
    },
  });
  const order = await world.db.order.create({
    data: {
      number: `G-${tag}`,
      customerId: c.id,
      leadId: lead.id,
      product: "Elbil",
      category: "CAR",
      totalMinor: 459_900_00,
      placedAt: NOW,
      internalNote: `${name} vil hente selv`,
    },
    select: { id: true },
  });
  await world.db.orderEvent.create({
    data: { orderId: order.id, kind: "MILESTONE", milestone: "PLACED", occurredAt: NOW },
  });
  // Staff type a reason when they move the date, and it may quote the customer.
  await world.db.orderEvent.create({
    data: {
      orderId: order.id,
      kind: "DATE_CHANGE",
      fromDate: NOW,
      toDate: new Date(NOW.getTime() + 7 * 86_400_000),
      reason: `${name} ba om en uke senere`,
      occurredAt: NOW,
    },
  });
  await world.db.loyaltyEntry.create({
    data: { customerId: c.id, orderId: order.id, points: 3066, reason: `Ordre G-${tag}`, occurredAt: NOW },
  });
  await world.db.customer.update({ where: { id: c.id }, data: { loyaltyPoints: 3066 } });
  await world.db.consent.create({ data: { customerId: c.id, purpose: "SMS", granted: true, updatedAt: NOW } });
  await world.db.consentEvent.create({
    data: {
      customerId: c.id,
      purpose: "SMS",
      granted: true,
      source: "phone",
      recordedById: world.sales.userId,
      occurredAt: NOW,
    },
  });
  // What staff typed when the lead was lost and the delivery moved is in the audit trail too.
  await world.db.auditLog.create({
    data: {
      actorId: world.sales.userId,
      action: "lead.stage_changed",
      entityType: "Lead",
      entityId: lead.id,
      data: { from: "PROPOSAL", to: "LOST", lostReason: `${name} valgte en annen forhandler` },
    },
  });
  await world.db.auditLog.create({
    data: {
      actorId: world.sales.userId,
      action: "order.delivery_moved",
      entityType: "Order",
      entityId: order.id,
      data: { from: NOW.toISOString(), to: NOW.toISOString(), reason: `${name} er på sykehus` },
    },
  });
  // An e-mail sent from Reise and the customer's answer: both hold the address and the customer's words.
  const sent = await world.db.message.create({
    data: {
      customerId: c.id,
      leadId: lead.id,
      channel: "EMAIL",
      direction: "OUTBOUND",
      purpose: "ANSWER",
      address: email,
      subject: `Tilbud til ${name}`,
      body: `Hei ${name}, her er tilbudet.`,
      status: "SENT",
      createdAt: NOW,
    },
    select: { id: true },
  });
  await world.db.message.create({
    data: {
      customerId: c.id,
      leadId: lead.id,
      channel: "EMAIL",
      direction: "INBOUND",
      purpose: "ANSWER",
      address: email,
      body: `Takk! Hilsen ${name}`,
      status: "RECEIVED",
      inReplyToId: sent.id,
      createdAt: NOW,
    },
  });
  const login = await world.db.user.create({
    data: { email, name, role: "CUSTOMER", customerId: c.id },
    select: { id: true },
  });
  await world.db.verificationToken.create({
    data: { identifier: email, token: `tok-${tag}`, expires: new Date(NOW.getTime() + 3_600_000) },
  });
  return { id: c.id, name, email, leadId: lead.id, orderId: order.id, loginId: login.id };
}

/** Every row of every table, as JSON text, that contains `needle`. */
async function rowsContaining(needle: string) {
  const tables = await world.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const hits: string[] = [];
  for (const { name } of tables) {
    const rows = await world.sql.query<{ row: string }>(
      `SELECT row_to_json(t)::text AS row FROM "${name}" t WHERE row_to_json(t)::text ILIKE $1`,
      [`%${needle}%`],
    );
    hits.push(...rows.map((r) => `${name}: ${r.row}`));
  }
  return hits;
}

async function readExport(chunks: AsyncGenerator<string>) {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return JSON.parse(text);
}

describe.each(testDatabases)("GDPR export and erasure on $name", (database) => {
  beforeAll(async () => {
    world = await openCustomerWorld(database);
  });
  afterAll(async () => world?.close());

  it("exports everything held about the customer, to managers only, and audits it", async () => {
    const c = await makeRichCustomer();
    expect(await openCustomerExport(world.db, world.sales, c.id)).toBeNull();
    expect(await openCustomerExport(world.db, world.customer, c.id)).toBeNull();
    expect(await openCustomerExport(world.db, world.manager, crypto.randomUUID())).toBeNull();
    expect(await world.db.auditLog.count({ where: { action: "customer.exported", entityId: c.id } })).toBe(0);

    const result = await openCustomerExport(world.db, world.manager, c.id, NOW);
    expect(result?.filename).toBe(`customer-${c.id}.json`);
    const data = await readExport(result!.chunks);
    expect(data.profile).toMatchObject({
      id: c.id,
      name: c.name,
      email: c.email,
      phone: "+4791234567",
      city: "Bergen",
      externalId: "hubspot-4711",
      notes: "Ringer helst etter kl. 16",
      login: { email: c.email },
    });
    expect(data.touchpoints).toHaveLength(2);
    expect(data.messages.map((m: { direction: string }) => m.direction).sort()).toEqual(["INBOUND", "OUTBOUND"]);
    expect(data.leads).toEqual([expect.objectContaining({ id: c.leadId, interest: `${c.name} vil ha elbil` })]);
    expect(data.followUps[0].note).toContain(c.name);
    expect(data.orders).toEqual([
      expect.objectContaining({
        id: c.orderId,
        totalMinor: 459_900_00,
        events: [
          expect.objectContaining({ milestone: "PLACED" }),
          expect.objectContaining({ kind: "DATE_CHANGE", reason: `${c.name} ba om en uke senere` }),
        ],
      }),
    ]);
    expect(data.loyaltyLedger).toEqual([expect.objectContaining({ points: 3066 })]);
    expect(data.consents).toEqual([expect.objectContaining({ purpose: "SMS", granted: true })]);
    expect(data.consentHistory).toEqual([
      expect.objectContaining({ purpose: "SMS", source: "phone", recordedBy: { name: "sales" } }),
    ]);
    const audit = await world.db.auditLog.findMany({
      where: { action: "customer.exported", entityId: c.id },
      select: { actorId: true, data: true },
    });
    // The entry says how many rows of each kind left, matching the file.
    expect(audit).toEqual([
      {
        actorId: world.manager.userId,
        data: expect.objectContaining({
          leads: data.leads.length,
          orders: data.orders.length,
          touchpoints: data.touchpoints.length,
          loyaltyLedger: data.loyaltyLedger.length,
          consentHistory: data.consentHistory.length,
        }),
      },
    ]);
  });

  it("exports long lists in full, across batches", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    await addTouchpoints(
      world.db,
      c.id,
      Array.from({ length: 1203 }, (_, i) => ({
        stage: "RESEARCH" as const,
        phase: "BEFORE" as const,
        at: new Date(NOW.getTime() - i * 60_000),
      })),
    );
    const data = await readExport((await openCustomerExport(world.db, world.manager, c.id))!.chunks);
    expect(data.touchpoints).toHaveLength(1203);
    expect(new Set(data.touchpoints.map((t: { id: string }) => t.id)).size).toBe(1203);
  });

  it("refuses a sales rep and a mistyped name, changing nothing", async () => {
    const c = await makeRichCustomer();
    expect(await eraseCustomer(world.db, world.sales, { customerId: c.id, confirmName: c.name })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await eraseCustomer(world.db, world.manager, { customerId: c.id, confirmName: "Zelda" })).toEqual({
      ok: false,
      reason: "name_mismatch",
    });
    expect(
      await eraseCustomer(world.db, world.manager, { customerId: crypto.randomUUID(), confirmName: c.name }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect((await rowsContaining(c.name)).length).toBeGreaterThan(5);
    expect(await world.db.auditLog.count({ where: { action: "customer.erased", entityId: c.id } })).toBe(0);
  });

  it("erases the name and email from every row they appeared in, keeps totals, disables the login; a second erase is a no-op", async () => {
    const c = await makeRichCustomer();
    const totalsBefore = await world.db.order.aggregate({ _sum: { totalMinor: true }, _count: true });
    const countsBefore = await Promise.all([
      world.db.touchpoint.count(),
      world.db.lead.count(),
      world.db.followUp.count(),
      world.db.loyaltyEntry.count(),
    ]);
    expect(await rowsContaining(c.name)).not.toEqual([]);
    expect(await rowsContaining(c.email)).not.toEqual([]);

    // Typed in another case with spaces around: still the name.
    expect(
      await eraseCustomer(
        world.db,
        world.manager,
        { customerId: c.id, confirmName: `  ${c.name.toUpperCase()} ` },
        NOW,
      ),
    ).toEqual({ ok: true, alreadyErased: false });

    expect(await rowsContaining(c.name)).toEqual([]);
    expect(await rowsContaining(c.email)).toEqual([]);
    const customer = await world.db.customer.findUniqueOrThrow({ where: { id: c.id } });
    expect(customer).toMatchObject({
      name: ERASED_NAME,
      email: null,
      phone: null,
      city: null,
      externalId: null,
      notes: null,
      erasedAt: NOW,
      loyaltyPoints: 3066,
    });
    const login = await world.db.user.findUniqueOrThrow({ where: { id: c.loginId } });
    expect(login).toMatchObject({ active: false, name: ERASED_NAME, passwordHash: null, tokenVersion: 1 });
    expect(
      await world.db.verificationToken.count({ where: { token: { startsWith: "tok-" }, identifier: c.email } }),
    ).toBe(0);
    expect(await world.db.order.aggregate({ _sum: { totalMinor: true }, _count: true })).toEqual(totalsBefore);
    expect(
      await Promise.all([
        world.db.touchpoint.count(),
        world.db.lead.count(),
        world.db.followUp.count(),
        world.db.loyaltyEntry.count(),
      ]),
    ).toEqual(countsBefore);
    expect((await world.db.lead.findUniqueOrThrow({ where: { id: c.leadId } })).valueMinor).toBe(500_000_00);

    const audit = await world.db.auditLog.findMany({ where: { action: "customer.erased", entityId: c.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.manager.userId, entityType: "Customer" });
    expect(audit[0].data).toEqual({
      touchpoints: 2,
      leads: 1,
      followUps: 1,
      messages: 2,
      orders: 1,
      auditEntriesRedacted: 2,
      login: c.loginId,
    });
    // The entries stay, with what they say happened; only the words about the customer go.
    const lost = await world.db.auditLog.findFirstOrThrow({
      where: { entityId: c.leadId, action: "lead.stage_changed" },
    });
    expect(lost.data).toEqual({ from: "PROPOSAL", to: "LOST", lostReason: ERASED_TEXT });

    // Again, with the erased name or the old one: nothing more happens.
    expect(await eraseCustomer(world.db, world.manager, { customerId: c.id, confirmName: c.name })).toEqual({
      ok: true,
      alreadyErased: true,
    });
    expect(await world.db.auditLog.count({ where: { action: "customer.erased", entityId: c.id } })).toBe(1);
    expect((await world.db.customer.findUniqueOrThrow({ where: { id: c.id } })).erasedAt).toEqual(NOW);
  });

  it("closes an erased customer's open lead as erased: no clock, no follow-up, out of every queue, audited", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const c = await makeCustomer(world.db, { name: `Erle Venter ${tag}`, email: `erle.${tag}@eksempel.no` });
    const lead = await world.db.lead.create({
      data: {
        customerId: c.id,
        ownerId: world.sales.userId,
        interest: "Elbil",
        category: "CAR",
        sourceChannel: "CHAT",
        waitingSince: new Date(NOW.getTime() - 60 * 60_000),
        slaDueAt: new Date(NOW.getTime() - 45 * 60_000),
        nextFollowUpAt: new Date(NOW.getTime() + 86_400_000),
      },
      select: { id: true },
    });
    expect(
      await eraseCustomer(world.db, world.manager, { customerId: c.id, confirmName: `Erle Venter ${tag}` }, NOW),
    ).toEqual({ ok: true, alreadyErased: false });
    expect(await world.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      waitingSince: null,
      slaDueAt: null,
      nextFollowUpAt: null,
      stage: "LOST",
      // Counted on the dashboard where it stood, like any other loss.
      lostFromStage: "NEW",
      lostReason: ERASED_TEXT,
      closedAt: NOW,
    });
    expect(
      (await world.db.auditLog.findFirstOrThrow({ where: { entityId: lead.id, action: "lead.stage_changed" } })).data,
    ).toEqual({ from: "NEW", to: "LOST", via: "erasure" });
  });
});
