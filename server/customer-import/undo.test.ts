import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { JobRunner } from "@/server/jobs/runner";
import { testDatabases } from "@/test/worlds/databases";
import { importCreated, importUpdated, makeImport } from "@/test/worlds/import-world";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { customerImportUndoJob, runImportUndoBatch } from "./undo-job";
import { startImportUndo } from "./undo";

// Undoing an import against a real database, with imports written as the import job writes them
// (test/worlds/import-world.ts): customers it created go unless someone worked on them since (each
// kind of work checked on its own), values it changed go back unless edited since, once only, by
// managers only, and a batch that crashes half way commits nothing and is done again exactly once.

const AT = new Date("2026-11-20T10:00:00Z"); // the import
const LATER = new Date("2026-11-22T09:00:00Z"); // someone's work since
const NOW = new Date("2026-11-25T10:00:00Z"); // the undo
const EARLIER = new Date("2026-10-01T08:00:00Z"); // customers that existed before the import

// Each way a created customer can have been worked on since the import: one customer per kind.
const TOUCHES: Record<string, (db: PrismaClient, customerId: string, w: LeadWorld) => Promise<unknown>> = {
  edited: (db, id) => db.customer.update({ where: { id }, data: { city: "Bergen", updatedAt: LATER } }),
  erased: (db, id) => db.$executeRaw`UPDATE "Customer" SET "erasedAt" = ${LATER} WHERE id = ${id}::uuid`,
  touchpoint: (db, customerId) =>
    db.touchpoint.create({
      data: {
        customerId,
        occurredAt: LATER,
        channel: "PHONE",
        direction: "OUTBOUND",
        phase: "BEFORE",
        owner: "BRAND",
        kind: "PAGE_VIEW",
        stage: "NEED",
        summary: "Ringte",
      },
    }),
  lead: (db, customerId) =>
    db.lead.create({ data: { customerId, interest: "Elbil", category: "CAR", sourceChannel: "PHONE" } }),
  order: (db, customerId) =>
    db.order.create({
      data: {
        number: `O-${customerId.slice(0, 8)}`,
        customerId,
        product: "Kjøkken",
        category: "KITCHEN",
        totalMinor: 100,
        placedAt: LATER,
      },
    }),
  message: (db, customerId) =>
    db.message.create({
      data: {
        customerId,
        channel: "EMAIL",
        direction: "OUTBOUND",
        purpose: "ANSWER",
        address: "a@b.no",
        body: "Hei",
        status: "SENT",
        createdAt: LATER,
      },
    }),
  loyalty: (db, customerId) =>
    db.loyaltyEntry.create({ data: { customerId, points: 10, reason: "Kjøp", occurredAt: LATER } }),
  automationRun: async (db, customerId) => {
    const rule = await db.automationRule.create({ data: { name: `Regel ${customerId}`, trigger: "SIGNAL" } });
    return db.automationRun.create({
      data: { ruleId: rule.id, customerId, occurrence: "x", triggeredAt: LATER, dueAt: LATER, createdAt: LATER },
    });
  },
  consentFromElsewhere: (db, customerId) =>
    db.consentEvent.create({ data: { customerId, purpose: "SMS", granted: true, source: "phone", occurredAt: LATER } }),
  login: (db, customerId) =>
    db.user.create({ data: { email: `${customerId}@kunde.no`, name: "Kunde", role: "CUSTOMER", customerId } }),
  laterImport: async (db, customerId, w) => {
    const later = await makeImport(db, { createdById: w.manager.userId, at: LATER });
    return db.customerImportChange.create({
      data: { importId: later.id, customerId, kind: "UPDATED", before: { fields: {} }, at: LATER },
    });
  },
};

describe.each(testDatabases)("undoing a customer import on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(() => w.close());
  afterEach(async () => {
    await w.db.job.deleteMany();
    await w.db.customerImport.deleteMany();
  });

  const runner = () =>
    new JobRunner({ sql: w.sql, prisma: w.db, jobs: [customerImportUndoJob], clock: () => NOW, log: () => {} });

  it("removes the customers it created that nobody worked on since, and keeps each kind of touched one", async () => {
    const imp = await makeImport(w.db, { createdById: w.manager.userId, at: AT });
    const untouched = await importCreated(w.db, imp.id, AT, { name: "Ada Urørt" }, ["MARKETING_EMAIL"]);
    const touched: Record<string, string> = {};
    for (const [kind, touch] of Object.entries(TOUCHES)) {
      touched[kind] = await importCreated(w.db, imp.id, AT, { name: `Kunde ${kind}` }, ["MARKETING_EMAIL"]);
      await touch(w.db, touched[kind], w);
    }

    expect(await startImportUndo(w.db, w.manager, imp.id, NOW)).toEqual({ ok: true });
    expect(await runner().runDue()).toBe(1);

    expect(await w.db.customer.findUnique({ where: { id: untouched } })).toBeNull();
    expect(await w.db.consent.count({ where: { customerId: untouched } })).toBe(0);
    expect(await w.db.consentEvent.count({ where: { customerId: untouched } })).toBe(0);
    for (const [kind, id] of Object.entries(touched))
      expect(await w.db.customer.findUnique({ where: { id }, select: { id: true } }), kind).not.toBeNull();
    const done = await w.db.customerImport.findUniqueOrThrow({ where: { id: imp.id } });
    expect(done).toMatchObject({
      state: "UNDONE",
      undoneAt: NOW,
      undoneById: w.manager.userId,
      undoRemoved: 1,
      undoKept: Object.keys(TOUCHES).length,
      undoRestored: 0,
      undoUnchanged: 0,
    });
    const audit = await w.db.auditLog.findMany({ where: { action: "customers.import_undone", entityId: imp.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: w.manager.userId,
      entityType: "CustomerImport",
      data: { removed: 1, kept: Object.keys(TOUCHES).length, restored: 0, unchanged: 0 },
    });
  });

  it("puts back the values it changed, unless someone edited them since", async () => {
    const imp = await makeImport(w.db, { createdById: w.manager.userId, at: AT });
    const untouched = await importUpdated(w.db, imp.id, AT, {
      existedAt: EARLIER,
      from: { name: "Bo", city: "Oslo", email: "bo@gammel.no", ownerId: null },
      to: { city: "Bergen", email: "bo@ny.no", ownerId: w.sales.userId },
      consents: { SMS: { from: null, to: true }, MARKETING_EMAIL: { from: false, to: true } },
    });
    const partly = await importUpdated(w.db, imp.id, AT, {
      existedAt: EARLIER,
      from: { name: "Cy", city: "Oslo", phone: "+4791111111" },
      to: { city: "Bergen", phone: "+4792222222" },
    });
    await w.db.customer.update({ where: { id: partly }, data: { city: "Trondheim", updatedAt: LATER } });
    const edited = await importUpdated(w.db, imp.id, AT, {
      existedAt: EARLIER,
      from: { name: "Dag", email: "dag@gammel.no" },
      to: { email: "dag@ny.no" },
      consents: { SMS: { from: null, to: true } },
    });
    await w.db.customer.update({ where: { id: edited }, data: { email: "dag@egen.no", updatedAt: LATER } });
    await w.db.consent.update({
      where: { customerId_purpose: { customerId: edited, purpose: "SMS" } },
      data: { granted: false, updatedAt: LATER },
    });

    expect(await startImportUndo(w.db, w.manager, imp.id, NOW)).toEqual({ ok: true });
    await runner().runDue();

    const read = (id: string) =>
      w.db.customer.findUniqueOrThrow({
        where: { id },
        select: { city: true, email: true, phone: true, ownerId: true },
      });
    expect(await read(untouched)).toEqual({ city: "Oslo", email: "bo@gammel.no", phone: null, ownerId: null });
    expect(
      await w.db.consent.findMany({ where: { customerId: untouched }, select: { purpose: true, granted: true } }),
    ).toEqual([{ purpose: "MARKETING_EMAIL", granted: false }]);
    const events = await w.db.consentEvent.findMany({
      where: { customerId: untouched, source: "import undone" },
      select: { purpose: true, granted: true, occurredAt: true, recordedById: true },
      orderBy: { purpose: "asc" },
    });
    expect(events).toEqual([
      { purpose: "MARKETING_EMAIL", granted: false, occurredAt: NOW, recordedById: w.manager.userId },
      { purpose: "SMS", granted: false, occurredAt: NOW, recordedById: w.manager.userId },
    ]);
    // The later edit of the city wins; the phone nobody touched goes back.
    expect(await read(partly)).toMatchObject({ city: "Trondheim", phone: "+4791111111" });
    // Edited since in every value and consent it set: left exactly as it is.
    expect(await read(edited)).toMatchObject({ email: "dag@egen.no" });
    expect(
      await w.db.consent.findUniqueOrThrow({ where: { customerId_purpose: { customerId: edited, purpose: "SMS" } } }),
    ).toMatchObject({ granted: false, updatedAt: LATER });
    expect(await w.db.consentEvent.count({ where: { customerId: edited, source: "import undone" } })).toBe(0);
    expect(await w.db.customerImport.findUniqueOrThrow({ where: { id: imp.id } })).toMatchObject({
      state: "UNDONE",
      undoRemoved: 0,
      undoKept: 0,
      undoRestored: 2,
      undoUnchanged: 1,
    });
  });

  it("undoes an import once: a second click, or two at the same time, and unfinished imports are refused", async () => {
    const imp = await makeImport(w.db, { createdById: w.manager.userId, at: AT });
    await importCreated(w.db, imp.id, AT, { name: "Eva" });
    const both = await Promise.all([
      startImportUndo(w.db, w.manager, imp.id, NOW),
      startImportUndo(w.db, w.manager, imp.id, NOW),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toEqual({ ok: false, reason: "not_undoable" });
    expect(await w.db.job.count({ where: { kind: "customer-import.undo" } })).toBe(1);
    await runner().runDue();
    expect(await startImportUndo(w.db, w.manager, imp.id, NOW)).toEqual({ ok: false, reason: "not_undoable" });
    expect(await runner().runDue()).toBe(0);
    expect(await w.db.customerImport.findUniqueOrThrow({ where: { id: imp.id } })).toMatchObject({
      state: "UNDONE",
      undoRemoved: 1,
    });
    expect(await w.db.auditLog.count({ where: { action: "customers.import_undone", entityId: imp.id } })).toBe(1);

    const reviewing = await makeImport(w.db, { createdById: w.manager.userId, at: AT, state: "REVIEW" });
    expect(await startImportUndo(w.db, w.manager, reviewing.id, NOW)).toEqual({ ok: false, reason: "not_undoable" });
    expect(await startImportUndo(w.db, w.manager, "not-an-id", NOW)).toEqual({ ok: false, reason: "not_found" });
    expect(await startImportUndo(w.db, w.manager, crypto.randomUUID(), NOW)).toEqual({
      ok: false,
      reason: "not_found",
    });
  });

  it("refuses anyone but a manager, and changes nothing", async () => {
    const imp = await makeImport(w.db, { createdById: w.manager.userId, at: AT });
    const id = await importCreated(w.db, imp.id, AT, { name: "Finn" });
    for (const session of [w.sales, w.customer])
      expect(await startImportUndo(w.db, session, imp.id, NOW)).toEqual({ ok: false, reason: "not_allowed" });
    expect(await w.db.customerImport.findUniqueOrThrow({ where: { id: imp.id } })).toMatchObject({ state: "DONE" });
    expect(await w.db.job.count()).toBe(0);
    expect(await w.db.customer.findUnique({ where: { id } })).not.toBeNull();
  });

  it("resumes after a crash mid-way without handling any customer twice", async () => {
    const imp = await makeImport(w.db, { createdById: w.manager.userId, at: AT });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await importCreated(w.db, imp.id, AT, { name: `Kunde ${i}` }, ["SMS"]));
    expect(await startImportUndo(w.db, w.manager, imp.id, NOW)).toEqual({ ok: true });
    const BATCH = 2;

    expect(await runImportUndoBatch(w.db, imp.id, null, NOW, {}, BATCH)).toBe("continued");
    const first = await w.db.customerImport.findUniqueOrThrow({ where: { id: imp.id } });
    expect(first).toMatchObject({ state: "UNDOING", undoRemoved: 2 });
    expect(await w.db.customer.count({ where: { id: { in: ids } } })).toBe(3);

    // The second batch dies before it commits: nothing of it stays.
    const crash = () => {
      throw new Error("worker died");
    };
    await expect(
      runImportUndoBatch(w.db, imp.id, first.undoCursor, NOW, { beforeCommit: crash }, BATCH),
    ).rejects.toThrow("worker died");
    expect(await w.db.customer.count({ where: { id: { in: ids } } })).toBe(3);
    expect(await w.db.customerImport.findUniqueOrThrow({ where: { id: imp.id } })).toMatchObject({
      undoRemoved: 2,
      undoCursor: first.undoCursor,
    });

    // A copy of the first batch, run again (a worker that died after its commit), does nothing.
    expect(await runImportUndoBatch(w.db, imp.id, null, NOW, {}, BATCH)).toBe("stale");
    // The retry of the second batch, then the rest.
    expect(await runImportUndoBatch(w.db, imp.id, first.undoCursor, NOW, {}, BATCH)).toBe("continued");
    const second = await w.db.customerImport.findUniqueOrThrow({ where: { id: imp.id } });
    expect(await runImportUndoBatch(w.db, imp.id, second.undoCursor, NOW, {}, BATCH)).toBe("done");
    expect(await runImportUndoBatch(w.db, imp.id, second.undoCursor, NOW, {}, BATCH)).toBe("stale");

    expect(await w.db.customer.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await w.db.consentEvent.count({ where: { customerId: { in: ids } } })).toBe(0);
    expect(await w.db.customerImport.findUniqueOrThrow({ where: { id: imp.id } })).toMatchObject({
      state: "UNDONE",
      undoRemoved: 5,
      undoKept: 0,
    });
    expect(await w.db.auditLog.count({ where: { action: "customers.import_undone", entityId: imp.id } })).toBe(1);
  });
});
