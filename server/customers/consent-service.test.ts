import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { consentChangeSchema } from "@/lib/validation/consent";
import { testDatabases } from "@/test/worlds/databases";
import { makeCustomer, openCustomerWorld, type CustomerWorld } from "@/test/worlds/customer-world";

let world: CustomerWorld;
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
const { recordConsent, getConsentHistory } = await import("./consent-service");
const { grant } = await import("@/server/access/customer-access");

const T0 = new Date("2026-11-20T10:00:00Z");
const T1 = new Date("2026-11-22T10:00:00Z");

describe.each(testDatabases)("consent on $name", (database) => {
  beforeAll(async () => {
    world = await openCustomerWorld(database);
  });
  afterAll(async () => world?.close());

  const change = (customerId: string, purpose: string, granted: string, source = "phone") =>
    consentChangeSchema.parse({ customerId, purpose, granted, source });

  it("records a change with its history (when, how, by whom) and an audit row", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    expect(await recordConsent(world.db, world.sales, change(c.id, "SMS", "true", "in_store"), T0)).toEqual({
      ok: true,
      changed: true,
    });
    expect(await recordConsent(world.db, world.manager, change(c.id, "SMS", "false", "email"), T1)).toEqual({
      ok: true,
      changed: true,
    });
    const current = await world.db.consent.findMany({
      where: { customerId: c.id },
      select: { purpose: true, granted: true, updatedAt: true },
    });
    expect(current).toEqual([{ purpose: "SMS", granted: false, updatedAt: T1 }]);
    const history = await getConsentHistory(grant(world.manager, c.id));
    expect(history.map((h) => [h.purpose, h.granted, h.source, h.occurredAt, h.recordedBy])).toEqual([
      ["SMS", false, "email", T1, "manager"],
      ["SMS", true, "in_store", T0, "sales"],
    ]);
    const audit = await world.db.auditLog.findMany({
      where: { entityType: "Customer", entityId: c.id, action: "consent.changed" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.data)).toEqual([
      { purpose: "SMS", granted: true, source: "in_store" },
      { purpose: "SMS", granted: false, source: "email" },
    ]);
  });

  it("a repeated answer (double submit) changes nothing and writes no history", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    await recordConsent(world.db, world.sales, change(c.id, "PROFILING", "true"), T0);
    expect(await recordConsent(world.db, world.sales, change(c.id, "PROFILING", "true"), T1)).toEqual({
      ok: true,
      changed: false,
    });
    expect(await world.db.consentEvent.count({ where: { customerId: c.id } })).toBe(1);
  });

  it("refuses customers outside the rep's scope, customers themselves, and erased customers", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales2.userId, teamId: world.buildTeam });
    expect(await recordConsent(world.db, world.sales, change(c.id, "SMS", "true"), T0)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(
      await recordConsent(world.db, world.customer, change(world.customer.customerId!, "SMS", "true"), T0),
    ).toEqual({ ok: false, reason: "not_found" });
    await world.db.customer.update({ where: { id: c.id }, data: { erasedAt: T0 } });
    expect(await recordConsent(world.db, world.manager, change(c.id, "SMS", "true"), T1)).toEqual({
      ok: false,
      reason: "erased",
    });
    expect(await world.db.consentEvent.count({ where: { customerId: c.id } })).toBe(0);
  });

  it("validates the form: unknown purpose, answer or source are field errors", () => {
    const parsed = consentChangeSchema.safeParse({
      customerId: crypto.randomUUID(),
      purpose: "FAX",
      granted: "maybe",
      source: "",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0]).sort()).toEqual(["granted", "purpose", "source"]);
  });
});
