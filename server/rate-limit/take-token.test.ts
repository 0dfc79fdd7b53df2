import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { pruneRateLimitBuckets, takeToken } from "./take-token";

// The shared limiter: a burst, then one request per interval, a Retry-After that is right, and one
// bucket shared by two clients of one database (two app instances), even when they race.

const T0 = new Date("2026-11-24T09:15:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(testDatabases)("takeToken on $name", (database) => {
  let sql: SqlClient;
  let one: PrismaClient;
  let two: PrismaClient;

  beforeAll(async () => {
    sql = await database.open();
    one = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    two = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  });
  afterAll(async () => {
    await one.$disconnect();
    await two.$disconnect();
    await sql.close();
  });

  it("lets a burst through, then one request per interval, and says when to come back", async () => {
    const limit = { perMinute: 60, burst: 3 };
    for (let i = 0; i < 3; i++) expect(await takeToken(one, "burst", limit, T0)).toEqual({ ok: true });
    expect(await takeToken(one, "burst", limit, T0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(await takeToken(one, "burst", limit, at(999))).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(await takeToken(one, "burst", limit, at(1000))).toEqual({ ok: true });
    expect(await takeToken(one, "burst", limit, at(1000))).toMatchObject({ ok: false });
    expect(await takeToken(one, "other", limit, at(1000))).toEqual({ ok: true });
    // A minute later the bucket is full again, and not fuller than its burst.
    for (let i = 0; i < 3; i++) expect((await takeToken(one, "burst", limit, at(61_000))).ok).toBe(true);
    expect((await takeToken(one, "burst", limit, at(61_000))).ok).toBe(false);
  });

  it("gives a slow limit's Retry-After in whole seconds", async () => {
    const limit = { perMinute: 2, burst: 1 };
    expect((await takeToken(one, "slow", limit, T0)).ok).toBe(true);
    expect(await takeToken(one, "slow", limit, at(10_000))).toEqual({ ok: false, retryAfterSeconds: 20 });
  });

  it("is one bucket for two clients of the same database, even when they race", async () => {
    const limit = { perMinute: 120, burst: 10 };
    const takes = Array.from({ length: 30 }, (_, i) => takeToken(i % 2 ? one : two, "shared", limit, T0));
    const decisions = await Promise.all(takes);
    expect(decisions.filter((d) => d.ok)).toHaveLength(10);
    expect((await takeToken(one, "shared", limit, T0)).ok).toBe(false);
    expect((await takeToken(two, "shared", limit, T0)).ok).toBe(false);
  });

  it("drops buckets that have filled up again", async () => {
    await takeToken(one, "prune-me", { perMinute: 60, burst: 5 }, T0);
    expect(await pruneRateLimitBuckets(one, at(-1))).toBe(0);
    expect(await pruneRateLimitBuckets(one, at(24 * 3600_000))).toBeGreaterThan(0);
    expect(await one.rateLimitBucket.count({ where: { key: "prune-me" } })).toBe(0);
  });
});
