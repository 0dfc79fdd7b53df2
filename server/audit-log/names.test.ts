import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditFiltersSchema } from "@/lib/validation/audit-filters";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { resolveAuditNames } from "./names";
import { listAuditLog } from "./queries";

// The audit page names people, teams and records by their names now, resolved for the page in one
// query per kind; an erased customer's name never comes back.

describe.each(testDatabases)("audit log names on $name", (database) => {
  let world: LeadWorld;
  beforeAll(async () => {
    world = await openLeadWorld(database);
  });
  afterAll(async () => world?.close());

  it("resolves actors, targets and ids inside the data to names, and erased customers stay erased", async () => {
    const { db } = world;
    const team = await db.team.create({ data: { name: "Bil Oslo" }, select: { id: true } });
    const kept = await db.customer.create({ data: { name: "Kari Nordmann" }, select: { id: true } });
    const erased = await db.customer.create({
      data: { name: "Erased customer", erasedAt: new Date() },
      select: { id: true },
    });
    const lead = await db.lead.create({
      data: { customerId: erased.id, interest: "x", category: "CAR", sourceChannel: "CHAT" },
      select: { id: true },
    });
    const gone = "00000000-0000-4000-8000-00000000dead";
    await db.auditLog.createMany({
      data: [
        {
          actorId: world.manager.userId,
          action: "lead.reassigned",
          entityType: "Lead",
          entityId: lead.id,
          data: { from: world.sales.userId, to: gone },
        },
        {
          actorId: world.manager.userId,
          action: "setting.changed",
          entityType: "AppSetting",
          entityId: "alerts",
          data: {
            from: { teams: { [team.id]: { afterMinutes: 30 } } },
            to: { teams: { [team.id]: { afterMinutes: 45 } } },
          },
        },
        {
          actorId: null,
          action: "customers.merged",
          entityType: "Customer",
          entityId: kept.id,
          data: { into: kept.id },
        },
      ],
    });
    const page = await listAuditLog(db, world.manager, auditFiltersSchema.parse({}));
    const names = await resolveAuditNames(db, page.rows);
    expect(names[`user:${world.sales.userId}`]).toEqual({ name: "sales" });
    expect(names[`team:${team.id}`]).toEqual({ name: "Bil Oslo" });
    expect(names[`customer:${kept.id}`]).toEqual({ name: "Kari Nordmann" });
    // The lead of an erased customer: flagged, its name not even sent to the page.
    expect(names[`lead:${lead.id}`]).toEqual({ name: "", erased: true });
    // A deleted user is simply not found: the page says "deleted", never the id.
    expect(names[`user:${gone}`]).toBeUndefined();
    expect(JSON.stringify(names)).not.toContain(gone.slice(0, 8) + '"');
  });
});
