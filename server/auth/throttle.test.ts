import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/server/db/migrate";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/server/db/test-support";
import { checkThrottle, clearOnSuccess, clientAddress, magicLinkKeys, passwordKeys, recordFailure } from "./throttle";

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s));

describe.each(testDatabases)("sign-in throttle on $name", (database) => {
  let sql: SqlClient;
  let db: PrismaClient;
  beforeAll(async () => {
    sql = await database.open();
    await applyMigrations(sql);
    db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await sql?.close();
  });

  it("refuses an account from one address after five failures, and says how long to wait", async () => {
    const keys = passwordKeys("kari@t.test", "10.0.0.1");
    for (let i = 0; i < 4; i++) await recordFailure(db, keys, at(i));
    expect(await checkThrottle(db, keys, at(4))).toEqual({ ok: true });
    await recordFailure(db, keys, at(4));
    expect(await checkThrottle(db, keys, at(5))).toEqual({ ok: false, retryAfterSeconds: 29 });
    expect(await checkThrottle(db, keys, at(35))).toEqual({ ok: true });
    // The same account from another address is not refused.
    expect(await checkThrottle(db, passwordKeys("kari@t.test", "10.0.0.2"), at(5))).toEqual({ ok: true });
  });

  it("counts concurrent failures each, and stores digests, not emails or addresses", async () => {
    const keys = passwordKeys("ola@t.test", "10.0.0.3");
    await Promise.all(Array.from({ length: 6 }, () => recordFailure(db, keys, at(0))));
    const rows = await db.authThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
    expect(rows.map((r) => r.failures)).toEqual([6, 6, 6]);
    expect(JSON.stringify(await db.authThrottle.findMany())).not.toMatch(/ola@|10\.0\.0\.3/);
  });

  it("forgets an account's failures after a success, but not the address's", async () => {
    const keys = passwordKeys("per@t.test", "10.0.0.4");
    for (let i = 0; i < 5; i++) await recordFailure(db, keys, at(i));
    await clearOnSuccess(db, keys);
    const left = await db.authThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } }, select: { key: true } });
    expect(left.map((r) => r.key)).toEqual([keys[2].key]);
    expect(await checkThrottle(db, keys, at(6))).toEqual({ ok: true });
  });

  it("starts counting again once the window has passed without a failure", async () => {
    const keys = passwordKeys("liv@t.test", "10.0.0.5");
    for (let i = 0; i < 4; i++) await recordFailure(db, keys, at(i));
    await recordFailure(db, keys, new Date(at(3).getTime() + 16 * 60_000));
    const row = await db.authThrottle.findUnique({ where: { key: keys[0].key } });
    expect(row?.failures).toBe(1);
  });

  it("limits sign-in links per email whether or not the email has an account", async () => {
    const keys = magicLinkKeys("nobody@t.test", "10.0.0.6");
    for (let i = 0; i < 5; i++) await recordFailure(db, keys, at(i));
    expect(await checkThrottle(db, keys, at(6))).toMatchObject({ ok: false });
    expect(await checkThrottle(db, magicLinkKeys("someone@t.test", "10.0.0.7"), at(6))).toEqual({ ok: true });
  });

  it("forgets an inbox's link requests once a link signs in, but not the address's", async () => {
    const keys = magicLinkKeys("kari@t.test", "10.0.0.8");
    for (let i = 0; i < 5; i++) await recordFailure(db, keys, at(i));
    expect(await checkThrottle(db, keys, at(6))).toMatchObject({ ok: false });
    await clearOnSuccess(db, keys);
    const left = await db.authThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } }, select: { key: true } });
    expect(left.map((r) => r.key)).toEqual([keys[1].key]);
    expect(await checkThrottle(db, keys, at(6))).toEqual({ ok: true });
  });

  it("takes the caller's address from the entry the nearest proxy wrote", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 192.0.2.1" });
    expect(clientAddress(headers, 0)).toBe("192.0.2.1");
    expect(clientAddress(headers, 1)).toBe("6.6.6.6");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
  });
});
