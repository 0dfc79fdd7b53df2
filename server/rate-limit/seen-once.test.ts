import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { firstSighting, forgetSighting } from "./seen-once";
import { pruneRateLimitBuckets } from "./take-token";

// A signed provider request replayed to the other instance behind the load balancer is refused as a
// replay too: the sighting is a row both instances (two clients of one database) see.

const T0 = new Date("2026-11-24T09:15:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const TTL = 30 * 60_000;

describe.each(testDatabases)("one-time tokens on $name", (database) => {
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

  it("are taken once across instances, until they expire or are forgotten", async () => {
    expect(await firstSighting(one, "mailgun:abc", T0, TTL)).toBe(true);
    expect(await firstSighting(two, "mailgun:abc", at(1000), TTL)).toBe(false);
    expect(await firstSighting(two, "mailgun:other", at(1000), TTL)).toBe(true);
    // Two instances racing for one token: exactly one takes it.
    const raced = await Promise.all([
      firstSighting(one, "mailgun:race", T0, TTL),
      firstSighting(two, "mailgun:race", T0, TTL),
    ]);
    expect(raced.filter(Boolean)).toHaveLength(1);
    // A request that was not recorded forgets its token, so the provider's retry is taken.
    await forgetSighting(one, "mailgun:abc");
    expect(await firstSighting(two, "mailgun:abc", at(2000), TTL)).toBe(true);
    // After its time the token may be seen anew, and the hourly prune drops expired sightings.
    expect(await firstSighting(one, "mailgun:other", at(TTL + 1001), TTL)).toBe(true);
    expect(await pruneRateLimitBuckets(one, at(3 * TTL))).toBeGreaterThanOrEqual(3);
  });
});
