import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { readAway, setAway } from "./away";
import { listStaffUsers } from "./staff-admin";

// Friday 4 December 2026, 15:00 in Oslo.
const NOW = new Date("2026-12-04T14:00:00Z");
// Monday 7 December, 00:00 in Oslo (UTC+1).
const MONDAY_OSLO = new Date("2026-12-06T23:00:00Z");

describe.each(testDatabases)("marking staff away on $name", (database) => {
  let world: LeadWorld;
  beforeAll(async () => {
    world = await openLeadWorld(database);
  });
  afterAll(async () => world?.close());
  const audits = (entityId: string) =>
    world.db.auditLog.findMany({
      where: { entityId, action: { in: ["user.marked_away", "user.marked_present"] } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, data: true },
    });

  it("a rep marks themselves away until the start of the day they are back, in their time zone, and back", async () => {
    const rep = world.sales;
    expect(await setAway(world.db, rep, { back: "2026-12-07" }, NOW)).toEqual({ ok: true, awayUntil: MONDAY_OSLO });
    expect(await readAway(world.db, rep.userId, NOW)).toEqual(MONDAY_OSLO);
    // Ends by itself: on Monday they read as present.
    expect(await readAway(world.db, rep.userId, MONDAY_OSLO)).toBeNull();
    expect(await setAway(world.db, rep, { back: "" }, NOW)).toEqual({ ok: true, awayUntil: null });
    // Twice is once (a double click).
    expect(await setAway(world.db, rep, { back: "" }, NOW)).toEqual({ ok: true, awayUntil: null });
    expect(await audits(rep.userId)).toEqual([
      { action: "user.marked_away", actorId: rep.userId, data: { from: null, to: MONDAY_OSLO.toISOString() } },
      { action: "user.marked_present", actorId: rep.userId, data: { from: MONDAY_OSLO.toISOString(), to: null } },
    ]);
  });

  it("refuses a day that has begun or is more than a year away", async () => {
    expect(await setAway(world.db, world.sales, { back: "2026-12-04" }, NOW)).toEqual({ ok: false, reason: "past" });
    expect(await setAway(world.db, world.sales, { back: "2028-01-01" }, NOW)).toEqual({ ok: false, reason: "tooFar" });
    expect(await setAway(world.db, world.sales, { back: "2026-02-30" }, NOW)).toEqual({ ok: false, reason: "date" });
  });

  it("a manager marks any rep away and the users list shows it; a rep cannot mark a colleague", async () => {
    const target = world.sales2.userId;
    expect(await setAway(world.db, world.sales, { userId: target, back: "2026-12-07" }, NOW)).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await setAway(world.db, world.manager, { userId: target, back: "2026-12-07" }, NOW)).toMatchObject({
      ok: true,
    });
    const row = (await listStaffUsers(world.db, world.manager, 1, NOW)).rows.find((r) => r.id === target);
    expect(row?.awayUntil).toEqual(MONDAY_OSLO);
    const later = (await listStaffUsers(world.db, world.manager, 1, MONDAY_OSLO)).rows.find((r) => r.id === target);
    expect(later?.awayUntil).toBeNull();
    expect((await audits(target))[0]).toMatchObject({ action: "user.marked_away", actorId: world.manager.userId });
  });
});
