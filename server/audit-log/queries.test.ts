import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, auditFiltersSchema } from "@/lib/validation/audit-filters";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { listAuditLog } from "./queries";

describe.each(testDatabases)("audit log viewer on $name", (database) => {
  let world: LeadWorld;
  const base = Date.UTC(2026, 4, 10, 10);
  beforeAll(async () => {
    world = await openLeadWorld(database);
    // 120 rows, some sharing a timestamp, from two actors and the system.
    await world.db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        actorId: i % 3 === 0 ? null : i % 3 === 1 ? world.manager.userId : world.sales.userId,
        action: i % 2 ? "lead.assigned" : "setting.changed",
        entityType: i % 2 ? "Lead" : "AppSetting",
        entityId: i % 2 ? world.sales.userId : "roundRobin",
        data: { from: i, to: i + 1 },
        createdAt: new Date(base + Math.floor(i / 2) * 3_600_000),
      })),
    });
  });
  afterAll(async () => world?.close());
  const filters = (input: Record<string, string>) => auditFiltersSchema.parse(input);

  it("pages newest first by keyset without skipping or repeating rows that share a time", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditLog(world.db, world.manager, filters(cursor ? { cursor } : {}));
      expect(page.rows.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...page.rows.map((r) => r.id));
      const times = page.rows.map((r) => r.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(120);
  });

  it("filters by action, record type, actor and the manager's calendar days", async () => {
    const byAction = await listAuditLog(world.db, world.manager, filters({ action: "lead.assigned" }));
    expect(byAction.rows.every((r) => r.action === "lead.assigned")).toBe(true);
    const byActor = await listAuditLog(
      world.db,
      world.manager,
      filters({ actor: world.sales.userId, entityType: "Lead" }),
    );
    expect(byActor.rows.length).toBeGreaterThan(0);
    expect(byActor.rows.every((r) => r.actorName === "sales" && r.entityType === "Lead")).toBe(true);
    // 2026-05-10 in Oslo is 22:00 UTC on the 9th to 22:00 UTC on the 10th: rows 10:00–21:00 UTC, 2 per hour.
    const oneDay = await listAuditLog(world.db, world.manager, filters({ from: "2026-05-10", to: "2026-05-10" }));
    expect(oneDay.rows).toHaveLength(24);
  });

  it.each([
    ["days from year 1 to 9999", { from: "0001-01-01", to: "9999-12-31" }],
    ["a cursor in year 0", { cursor: "0000-01-01T00:00:00.000Z_00000000-0000-4000-8000-000000000001" }],
    ["an impossible day and a NUL byte", { from: "2026-02-30", to: "2026-05-10\u0000", action: "lead.assigned\u0000" }],
  ])("shows the whole log for %s", async (_, input) => {
    const page = await listAuditLog(world.db, world.manager, auditFiltersSchema.parse(input));
    expect(page).toEqual(await listAuditLog(world.db, world.manager, filters({})));
  });

  it("ignores malformed filters instead of failing, and is for managers only", async () => {
    const page = await listAuditLog(
      world.db,
      world.manager,
      filters({ actor: "x'; DROP", from: "yesterday", cursor: "garbage" }),
    );
    expect(page.rows).toHaveLength(AUDIT_PAGE_SIZE);
    await expect(listAuditLog(world.db, world.sales, filters({}))).rejects.toThrow(/managers only/);
  });
});
