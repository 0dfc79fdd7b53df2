import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { changeOwnPassword } from "./change-password";
import { hashPassword, verifyPassword } from "./password";

// Every staff user can change their password, knowing the current one. A
// stolen session must not turn into a way to guess it: wrong answers count
// toward the same limits as failed sign-ins.

const NOW = new Date("2026-12-01T10:00:00Z");
const OLD = "gammelt passord som virker";
const NEW = "tre grønne hester i regnet";

describe.each(testDatabases)("changing one's own password on $name", (database) => {
  let world: LeadWorld;
  beforeAll(async () => {
    world = await openLeadWorld(database);
    await world.db.user.updateMany({
      where: { role: { not: "CUSTOMER" } },
      data: { passwordHash: await hashPassword(OLD) },
    });
  });
  afterAll(async () => world?.close());
  const row = (id: string) =>
    world.db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, tokenVersion: true } });

  it("needs the current password and a good new one, then ends the user's sessions", async () => {
    const input = (current: string, password: string) => ({ current, password, address: "203.0.113.9" });
    expect(await changeOwnPassword(world.db, world.sales, input("wrong password", NEW), NOW)).toEqual({
      ok: false,
      reason: "wrongPassword",
    });
    expect(await changeOwnPassword(world.db, world.sales, input(OLD, "password1234"), NOW)).toEqual({
      ok: false,
      reason: "common",
    });
    const before = await row(world.sales.userId);
    expect(await changeOwnPassword(world.db, world.sales, input(OLD, NEW), NOW)).toEqual({ ok: true });
    const after = await row(world.sales.userId);
    expect(await verifyPassword(NEW, after.passwordHash)).toBe(true);
    expect(await verifyPassword(OLD, after.passwordHash)).toBe(false);
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);
    expect(
      await world.db.auditLog.findFirst({
        where: { entityId: world.sales.userId },
        select: { action: true, actorId: true, data: true },
      }),
    ).toEqual({ action: "user.password_set", actorId: world.sales.userId, data: { via: "change" } });
  });

  it("stops answering after five wrong current passwords, even for the right one", async () => {
    const input = (current: string) => ({ current, password: NEW, address: "198.51.100.4" });
    for (let i = 0; i < 5; i++)
      expect(await changeOwnPassword(world.db, world.sales2, input(`wrong ${i}`), NOW)).toEqual({
        ok: false,
        reason: "wrongPassword",
      });
    expect(await changeOwnPassword(world.db, world.sales2, input(OLD), NOW)).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await verifyPassword(OLD, (await row(world.sales2.userId)).passwordHash)).toBe(true);
  });

  it("is for staff only", async () => {
    await expect(
      changeOwnPassword(world.db, world.customer, { current: OLD, password: NEW, address: "x" }, NOW),
    ).rejects.toThrow(/staff/);
  });
});
