import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { MERGE_FIELDS, type MergeKeep } from "@/lib/validation/customer-merge";
import { testDatabases } from "@/test/worlds/databases";
import { addTouchpoints, makeCustomer, openCustomerWorld, type CustomerWorld } from "@/test/worlds/customer-world";
import { MERGED_REFERENCES } from "./merge-moves";
import { findMergedInto, getMergePreview } from "./merge-queries";
import { mergeCustomers } from "./merge-service";

// Merging a duplicate into the customer kept moves every row that points at the duplicate, keeps
// the values the manager chose, the newer consent per purpose and the sum of the loyalty points,
// and is refused to reps, for erased customers and for two portal logins.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const NOW = new Date("2026-11-24T09:15:00Z");
const EARLIER = new Date("2026-10-01T08:00:00Z");
const keepAll = (side: "target" | "source"): MergeKeep =>
  Object.fromEntries(MERGE_FIELDS.map((f) => [f, side])) as MergeKeep;

async function seedDuplicate(w: CustomerWorld, name: string) {
  const d: PrismaClient = w.db;
  const c = await makeCustomer(d, { name, email: `${name.toLowerCase()}@dup.no`, ownerId: w.sales2.userId });
  await d.customer.update({
    where: { id: c.id },
    data: { teamId: w.buildTeam, city: "Aalborg", locale: "da", loyaltyPoints: 300, loyaltyTier: "SILVER" },
  });
  const lead = await d.lead.create({
    data: { customerId: c.id, interest: "Takstein", category: "BUILDING_MATERIALS", sourceChannel: "CHAT" },
    select: { id: true },
  });
  await addTouchpoints(d, c.id, [
    { stage: "NEED", phase: "BEFORE", at: EARLIER },
    { stage: "RESEARCH", phase: "BEFORE", at: NOW, leadId: lead.id },
  ]);
  const order = await d.order.create({
    data: {
      number: `M-${name}`,
      customerId: c.id,
      leadId: lead.id,
      product: "Tak",
      category: "BUILDING_MATERIALS",
      totalMinor: 90_000_00,
      placedAt: EARLIER,
    },
    select: { id: true },
  });
  await d.loyaltyEntry.create({
    data: { customerId: c.id, orderId: order.id, points: 300, reason: "Poeng", occurredAt: EARLIER },
  });
  await d.message.create({
    data: {
      customerId: c.id,
      channel: "EMAIL",
      direction: "OUTBOUND",
      purpose: "ANSWER",
      address: "x@dup.no",
      body: "Hei",
      status: "SENT",
      createdAt: NOW,
    },
  });
  return { id: c.id, leadId: lead.id, orderId: order.id };
}

describe.each(testDatabases)("merging customers on $name", (database) => {
  let w: CustomerWorld;

  beforeAll(async () => {
    w = await openCustomerWorld(database);
    db.client = w.db;
  });

  afterAll(async () => {
    await w?.close();
  });

  it("handles every table that points at a customer (a new reference fails here until merge-moves.ts moves it)", async () => {
    const rows = await w.db.$queryRaw<{ ref: string }[]>`
      SELECT DISTINCT kcu.table_name || '.' || kcu.column_name AS ref
        FROM information_schema.referential_constraints rc
        JOIN information_schema.key_column_usage kcu
          ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
        JOIN information_schema.key_column_usage pk
          ON pk.constraint_name = rc.unique_constraint_name AND pk.constraint_schema = rc.unique_constraint_schema
       WHERE pk.table_name = 'Customer' AND kcu.table_schema = current_schema()
      UNION
      SELECT table_name || '.' || column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_name = 'customerId'`;
    expect(rows.map((r) => r.ref).sort()).toEqual([...MERGED_REFERENCES].sort());
  });

  it("moves everything to the customer kept, keeps the chosen values, and leaves the duplicate's id leading there", async () => {
    const target = await makeCustomer(w.db, { name: "Ola Kept", ownerId: w.sales.userId, teamId: w.carTeam });
    await w.db.customer.update({ where: { id: target.id }, data: { loyaltyPoints: 100, lastActivityAt: EARLIER } });
    await w.db.touchpoint.create({
      data: {
        customerId: target.id,
        occurredAt: EARLIER,
        channel: "WEB",
        direction: "INBOUND",
        phase: "BEFORE",
        owner: "CUSTOMER",
        kind: "PAGE_VIEW",
        stage: "NEED",
        summary: "Kept",
      },
    });
    const dup = await seedDuplicate(w, "Dup");
    await w.db.customer.update({ where: { id: dup.id }, data: { lastActivityAt: NOW } });
    // Consent: the duplicate's e-mail decision is newer (withdrawn), the kept customer's SMS decision is newer.
    await w.db.consent.createMany({
      data: [
        { customerId: target.id, purpose: "MARKETING_EMAIL", granted: true, updatedAt: EARLIER },
        { customerId: dup.id, purpose: "MARKETING_EMAIL", granted: false, updatedAt: NOW },
        { customerId: target.id, purpose: "SMS", granted: true, updatedAt: NOW },
        { customerId: dup.id, purpose: "SMS", granted: false, updatedAt: EARLIER },
        { customerId: dup.id, purpose: "PROFILING", granted: true, updatedAt: EARLIER },
      ],
    });
    await w.db.consentEvent.create({
      data: { customerId: dup.id, purpose: "MARKETING_EMAIL", granted: false, source: "email", occurredAt: NOW },
    });
    const rule = await w.db.automationRule.create({ data: { name: "R", trigger: "LEAD_IDLE" } });
    const run = (customerId: string, occurrence: string) =>
      w.db.automationRun.create({
        data: { ruleId: rule.id, customerId, occurrence, triggeredAt: NOW, dueAt: NOW, createdAt: NOW },
      });
    await run(target.id, "same");
    await run(dup.id, "same");
    await run(dup.id, "other");
    await w.db.customer.update({ where: { id: target.id }, data: { notes: "Kept note", externalId: null } });
    await w.db.customer.update({ where: { id: dup.id }, data: { notes: "Dup note", externalId: "HS-9" } });
    const imp = await w.db.customerImport.create({
      data: { createdById: w.manager.userId, fileName: "x.csv", options: {}, createdAt: EARLIER },
    });
    await w.db.customerImportChange.create({
      data: { importId: imp.id, customerId: dup.id, kind: "CREATED", at: EARLIER },
    });
    const login = await w.db.user.create({
      data: { email: "dup-login@t.test", name: "Dup", role: "CUSTOMER", customerId: dup.id },
    });

    const preview = await getMergePreview(w.manager, target.id, dup.id);
    expect(preview?.sourceBrings).toEqual({ touchpoints: 2, leads: 1, orders: 1, messages: 1 });
    expect(preview?.source).toMatchObject({ name: "Dup", owner: "sales2", team: "Bygg", hasLogin: true });

    const keep = { ...keepAll("target"), email: "source", city: "source", team: "source", locale: "source" } as const;
    const result = await mergeCustomers(w.db, w.manager, { targetId: target.id, sourceId: dup.id, keep }, NOW);
    expect(result).toEqual({
      ok: true,
      moved: {
        touchpoints: 2,
        leads: 1,
        orders: 1,
        loyaltyEntries: 1,
        consentEvents: 1,
        messages: 1,
        automationRuns: 1,
        consents: 2,
        login: true,
        importChangesDropped: 1,
      },
    });

    expect(await w.db.customer.findUnique({ where: { id: dup.id } })).toBeNull();
    const kept = await w.db.customer.findUniqueOrThrow({ where: { id: target.id } });
    expect(kept).toMatchObject({
      name: "Ola Kept",
      email: "dup@dup.no",
      city: "Aalborg",
      ownerId: w.sales.userId,
      teamId: w.buildTeam,
      locale: "da",
      journeyStage: "PURCHASE",
      loyaltyPoints: 400,
      loyaltyTier: "SILVER",
      lastActivityAt: NOW,
      orderCount: 1,
      firstOrderAt: EARLIER,
      notes: "Kept note\n\nDup note",
      externalId: "HS-9",
    });
    expect(await w.db.customerImportChange.count({ where: { importId: imp.id } })).toBe(0);
    for (const table of ["touchpoint", "lead", "order", "loyaltyEntry", "consentEvent", "message"] as const) {
      expect(
        await (w.db[table] as unknown as { count(a: object): Promise<number> }).count({
          where: { customerId: dup.id },
        }),
      ).toBe(0);
    }
    expect(await w.db.touchpoint.count({ where: { customerId: target.id } })).toBe(3);
    expect(await w.db.lead.findUniqueOrThrow({ where: { id: dup.leadId } })).toMatchObject({ customerId: target.id });
    const consents = await w.db.consent.findMany({ where: { customerId: target.id }, orderBy: { purpose: "asc" } });
    expect(consents.map((c) => [c.purpose, c.granted])).toEqual([
      ["MARKETING_EMAIL", false],
      ["SMS", true],
      ["PROFILING", true],
    ]);
    expect(await w.db.automationRun.count({ where: { customerId: target.id } })).toBe(2);
    expect(await w.db.user.findUniqueOrThrow({ where: { id: login.id } })).toMatchObject({ customerId: target.id });

    const audit = await w.db.auditLog.findFirstOrThrow({ where: { action: "customers.merged" } });
    expect(audit).toMatchObject({ actorId: w.manager.userId, entityType: "Customer", entityId: dup.id });
    expect(audit.data).toMatchObject({ into: target.id, kept: keep });
    expect(JSON.stringify(audit.data)).not.toMatch(/Dup|dup@|Aalborg/);
    expect(await findMergedInto(w.manager, dup.id)).toBe(target.id);
    expect(await findMergedInto(w.manager, target.id)).toBeNull();
  });

  it("refuses reps, erased customers, two logins, and customers out of reach", async () => {
    const a = await makeCustomer(w.db, { name: "A", teamId: w.carTeam });
    const b = await seedDuplicate(w, "B");
    const input = { targetId: a.id, sourceId: b.id, keep: keepAll("source") };
    // The rep's own team holds A; still a manager's job.
    expect(await mergeCustomers(w.db, w.sales, input, NOW)).toEqual({ ok: false, reason: "forbidden" });
    expect(await mergeCustomers(w.db, w.manager, { ...input, sourceId: a.id }, NOW)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await mergeCustomers(w.db, w.manager, { ...input, sourceId: missing }, NOW)).toEqual({
      ok: false,
      reason: "not_found",
    });

    await w.db.user.create({ data: { email: "a-login@t.test", name: "A", role: "CUSTOMER", customerId: a.id } });
    await w.db.user.create({ data: { email: "b-login@t.test", name: "B", role: "CUSTOMER", customerId: b.id } });
    expect(await mergeCustomers(w.db, w.manager, input, NOW)).toEqual({ ok: false, reason: "two_logins" });

    const erased = await makeCustomer(w.db, { name: "Gone" });
    await w.db.customer.update({ where: { id: erased.id }, data: { erasedAt: NOW } });
    expect(await mergeCustomers(w.db, w.manager, { ...input, sourceId: erased.id }, NOW)).toEqual({
      ok: false,
      reason: "erased",
    });
    // Nothing moved in any refusal.
    expect(await w.db.lead.count({ where: { customerId: b.id } })).toBe(1);
    expect(await w.db.customer.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: "A" });
    expect(await getMergePreview(w.sales, a.id, b.id)).toBeNull();
  });
});
