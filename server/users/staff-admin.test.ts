import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { changeUserRole, listStaffUsers, setUserActive } from "./staff-admin";

describe.each(testDatabases)("staff administration on $name", (database) => {
  let world: LeadWorld;
  beforeAll(async () => {
    world = await openLeadWorld(database);
  });
  afterAll(async () => world?.close());
  const user = (id: string) =>
    world.db.user.findUniqueOrThrow({ where: { id }, select: { active: true, role: true, tokenVersion: true } });
  const audits = (entityId: string) =>
    world.db.auditLog.findMany({
      where: { entityId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, data: true },
    });

  it("lists staff only, by name, a page at a time", async () => {
    const page = await listStaffUsers(world.db, world.manager, 1);
    expect(page.rows.map((r) => r.email)).toEqual(["manager@t.test", "sales@t.test", "sales2@t.test"]);
    expect(page).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    // Invited (no password yet) is said, the hash itself never leaves the query.
    await world.db.user.update({ where: { email: "manager@t.test" }, data: { passwordHash: "$2b$10$x" } });
    const again = await listStaffUsers(world.db, world.manager, 1);
    expect(again.rows.map((r) => [r.email, r.invited])).toEqual([
      ["manager@t.test", false],
      ["sales@t.test", true],
      ["sales2@t.test", true],
    ]);
    expect(again.rows.every((r) => !("passwordHash" in r))).toBe(true);
    await expect(listStaffUsers(world.db, world.sales, 1)).rejects.toThrow(/managers only/);
  });

  it("finds staff by part of their name or email, in any case, and counts only the matches", async () => {
    const byEmail = await listStaffUsers(world.db, world.manager, 1, new Date(), "SALES2@");
    expect(byEmail.rows.map((r) => r.email)).toEqual(["sales2@t.test"]);
    expect(byEmail).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    const byName = await listStaffUsers(world.db, world.manager, 1, new Date(), world.manager.name.slice(1, 5));
    expect(byName.rows.map((r) => r.email)).toContain("manager@t.test");
    const none = await listStaffUsers(world.db, world.manager, 1, new Date(), "nobody-like-this");
    expect(none).toMatchObject({ rows: [], total: 0, pageCount: 1 });
    // A customer's own login is never a staff match.
    expect((await listStaffUsers(world.db, world.manager, 1, new Date(), "@")).total).toBe(3);
  });

  it("disabling ends the user's sessions and is audited; enabling brings them back", async () => {
    const before = await user(world.sales2.userId);
    expect(await setUserActive(world.db, world.manager, { userId: world.sales2.userId, active: false })).toEqual({
      ok: true,
    });
    expect(await setUserActive(world.db, world.manager, { userId: world.sales2.userId, active: false })).toEqual({
      ok: true,
    });
    const after = await user(world.sales2.userId);
    expect(after).toMatchObject({ active: false, tokenVersion: before.tokenVersion + 1 });
    expect(await setUserActive(world.db, world.manager, { userId: world.sales2.userId, active: true })).toEqual({
      ok: true,
    });
    expect(await user(world.sales2.userId)).toMatchObject({ active: true });
    expect(await audits(world.sales2.userId)).toEqual([
      { action: "user.disabled", actorId: world.manager.userId, data: { from: "active", to: "disabled" } },
      { action: "user.enabled", actorId: world.manager.userId, data: { from: "disabled", to: "active" } },
    ]);
  });

  it("changes a role and ends the sessions, audited with from and to", async () => {
    const before = await user(world.sales.userId);
    expect(await changeUserRole(world.db, world.manager, { userId: world.sales.userId, role: "MANAGER" })).toEqual({
      ok: true,
    });
    expect(await user(world.sales.userId)).toMatchObject({ role: "MANAGER", tokenVersion: before.tokenVersion + 1 });
    expect((await audits(world.sales.userId)).at(-1)).toMatchObject({
      action: "user.role_changed",
      data: { from: "SALES", to: "MANAGER" },
    });
    expect(await changeUserRole(world.db, world.manager, { userId: world.sales.userId, role: "SALES" })).toEqual({
      ok: true,
    });
  });

  it("refuses changes to oneself, to customers and to the last active manager", async () => {
    expect(await setUserActive(world.db, world.manager, { userId: world.manager.userId, active: false })).toEqual({
      ok: false,
      reason: "self",
    });
    expect(await changeUserRole(world.db, world.manager, { userId: world.manager.userId, role: "SALES" })).toEqual({
      ok: false,
      reason: "self",
    });
    expect(await setUserActive(world.db, world.manager, { userId: world.customer.userId, active: false })).toEqual({
      ok: false,
      reason: "notFound",
    });
    // A second manager whose own manager role was taken away meanwhile cannot demote the last one.
    const other = { ...world.sales, role: "MANAGER" as const };
    expect(await changeUserRole(world.db, other, { userId: world.manager.userId, role: "SALES" })).toEqual({
      ok: false,
      reason: "lastManager",
    });
    expect(await setUserActive(world.db, other, { userId: world.manager.userId, active: false })).toEqual({
      ok: false,
      reason: "lastManager",
    });
    expect(await user(world.manager.userId)).toMatchObject({ role: "MANAGER", active: true });
  });

  it("lets two managers demote each other at the same moment only once", async () => {
    await changeUserRole(world.db, world.manager, { userId: world.sales.userId, role: "MANAGER" });
    const asSecond = { ...world.sales, role: "MANAGER" as const };
    const results = await Promise.all([
      changeUserRole(world.db, world.manager, { userId: world.sales.userId, role: "SALES" }),
      changeUserRole(world.db, asSecond, { userId: world.manager.userId, role: "SALES" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await world.db.user.count({ where: { role: "MANAGER", active: true } })).toBe(1);
  });
});
