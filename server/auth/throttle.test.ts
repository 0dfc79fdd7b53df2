import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { PASSWORD_POLICY } from "@/lib/auth-throttle";
import { clearOnSuccess, clientAddress, magicLinkKeys, passwordKeys, releaseAttempt, reserveAttempt } from "./throttle";

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s));

describe.each(testDatabases)("sign-in throttle on $name", (database) => {
  let sql: SqlClient;
  let db: PrismaClient;
  beforeAll(async () => {
    sql = await database.open();
    db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await sql?.close();
  });

  it("refuses an account from one address after five attempts, and says how long to wait", async () => {
    const keys = passwordKeys("kari@t.test", "10.0.0.1");
    for (let i = 0; i < 5; i++) expect(await reserveAttempt(db, keys, at(i))).toEqual({ ok: true });
    expect(await reserveAttempt(db, keys, at(5))).toEqual({ ok: false, retryAfterSeconds: 29 });
    // The same account from another address is not refused.
    expect(await reserveAttempt(db, passwordKeys("kari@t.test", "10.0.0.2"), at(5))).toEqual({ ok: true });
    expect(await reserveAttempt(db, keys, at(35))).toEqual({ ok: true });
  });

  it("decides parallel attempts one after another, and stores digests, not emails or addresses", async () => {
    const keys = passwordKeys("ola@t.test", "10.0.0.3");
    const decisions = await Promise.all(Array.from({ length: 12 }, () => reserveAttempt(db, keys, at(0))));
    expect(decisions.filter((d) => d.ok)).toHaveLength(5);
    const rows = await db.authThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
    // The seven refused attempts counted on no key.
    expect(rows.map((r) => r.failures)).toEqual([5, 5, 5]);
    expect(JSON.stringify(await db.authThrottle.findMany())).not.toMatch(/ola@|10\.0\.0\.3/);
  });

  it("forgets an account's failures after a success, and does not count the success for the address", async () => {
    const keys = passwordKeys("per@t.test", "10.0.0.4");
    for (let i = 0; i < 5; i++) await reserveAttempt(db, keys, at(i)); // the fifth was the right password
    await clearOnSuccess(db, keys);
    await releaseAttempt(db, keys);
    const left = await db.authThrottle.findMany({
      where: { key: { in: keys.map((k) => k.key) } },
      select: { key: true, failures: true },
    });
    expect(left).toEqual([{ key: keys[2].key, failures: 4 }]);
    expect(await reserveAttempt(db, keys, at(6))).toEqual({ ok: true });
  });

  it("gives back the block a right password set on the address when it was the address's last free try", async () => {
    const keys = passwordKeys("siv@t.test", "10.0.0.9");
    const address = [keys[2]];
    for (let i = 0; i < PASSWORD_POLICY.address.threshold; i++) await reserveAttempt(db, address, at(0));
    expect(await reserveAttempt(db, address, at(1))).toMatchObject({ ok: false });
    await releaseAttempt(db, keys);
    expect(await reserveAttempt(db, address, at(1))).toMatchObject({ ok: true });
  });

  it("starts counting again once the window has passed without a failure", async () => {
    const keys = passwordKeys("liv@t.test", "10.0.0.5");
    for (let i = 0; i < 4; i++) await reserveAttempt(db, keys, at(i));
    await reserveAttempt(db, keys, new Date(at(3).getTime() + 16 * 60_000));
    const row = await db.authThrottle.findUnique({ where: { key: keys[0].key } });
    expect(row?.failures).toBe(1);
  });

  it("limits sign-in links per email whether or not the email has an account", async () => {
    const keys = magicLinkKeys("nobody@t.test", "10.0.0.6");
    for (let i = 0; i < 5; i++) await reserveAttempt(db, keys, at(i));
    expect(await reserveAttempt(db, keys, at(6))).toMatchObject({ ok: false });
    expect(await reserveAttempt(db, magicLinkKeys("someone@t.test", "10.0.0.7"), at(6))).toEqual({ ok: true });
  });

  it("forgets an inbox's link requests once a link signs in, but not the address's", async () => {
    const keys = magicLinkKeys("kari@t.test", "10.0.0.8");
    for (let i = 0; i < 5; i++) await reserveAttempt(db, keys, at(i));
    await clearOnSuccess(db, keys);
    const left = await db.authThrottle.findMany({
      where: { key: { in: keys.map((k) => k.key) } },
      select: { key: true },
    });
    expect(left.map((r) => r.key)).toEqual([keys[1].key]);
    expect(await reserveAttempt(db, keys, at(6))).toEqual({ ok: true });
  });

  it("keys every spelling of an address as that address", () => {
    expect(passwordKeys(" ＫＡＲＩ@t.test", "a")).toEqual(passwordKeys("kari@t.test", "a"));
    expect(magicLinkKeys("Anna@T.Test\u3000", "a")).toEqual(magicLinkKeys("anna@t.test", "a"));
  });

  it("takes the caller's address from the entry the nearest proxy wrote", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 192.0.2.1" });
    expect(clientAddress(headers, 0)).toBe("192.0.2.1");
    expect(clientAddress(headers, 1)).toBe("6.6.6.6");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
  });
});
