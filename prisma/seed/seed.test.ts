import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { DEMO_PASSWORD, LOYALTY_RULES, isDatabaseEmpty, seedDatabase, tierForPoints } from "./index";
import { DEFAULT_SLA_CONFIG, slaDueAt } from "@/lib/sla";
import { SLA_MINUTES } from "./response-clock";
import { Rng } from "./random";
import { scalePlan } from "./scale";
import { makeStaff } from "./staff";

const NOW = new Date("2026-11-24T09:15:00Z");
const CUSTOMERS = 200;

const [pglite] = testDatabases;
const freshDatabase = () => pglite.open();

let sql: SqlClient;
const count = async (text: string, params: unknown[] = []) => (await sql.query<{ n: number }>(text, params))[0].n;

beforeAll(async () => {
  sql = await freshDatabase();
  expect(await isDatabaseEmpty(sql)).toBe(true);
  await seedDatabase(sql, { customers: CUSTOMERS, now: NOW });
});

afterAll(async () => {
  await sql?.close();
});

describe("demo logins", () => {
  it("has the five demo users with their roles", async () => {
    const rows = await sql.query<{ email: string; role: string }>(
      `SELECT email, role FROM "User" WHERE email LIKE '%@reise.test' AND email NOT LIKE '%.%@reise.test' ORDER BY email`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.email, r.role]))).toEqual({
      "customer2@reise.test": "CUSTOMER",
      "customer@reise.test": "CUSTOMER",
      "manager@reise.test": "MANAGER",
      "sales2@reise.test": "SALES",
      "sales@reise.test": "SALES",
    });
  });

  it("gives every staff member the demo password and customers none", async () => {
    const users = await sql.query<{ role: string; passwordHash: string | null; teamId: string | null }>(
      `SELECT role, "passwordHash", "teamId" FROM "User"`,
    );
    const staff = users.filter((u) => u.role !== "CUSTOMER");
    expect(staff.length).toBeGreaterThanOrEqual(6);
    for (const u of staff) {
      expect(await bcrypt.compare(DEMO_PASSWORD, u.passwordHash!)).toBe(true);
      expect(await bcrypt.compare("reise-demo2", u.passwordHash!)).toBe(false);
    }
    expect(users.filter((u) => u.role === "CUSTOMER").every((u) => u.passwordHash === null)).toBe(true);
    // Sales reps are spread over both businesses.
    expect(new Set(users.filter((u) => u.role === "SALES").map((u) => u.teamId)).size).toBe(2);
  });

  it("links each customer login to their own customer, with an order in production that slipped and one delivered", async () => {
    for (const email of ["customer@reise.test", "customer2@reise.test"]) {
      const [login] = await sql.query<{ customerId: string; customerEmail: string }>(
        `SELECT u."customerId", c.email AS "customerEmail" FROM "User" u JOIN "Customer" c ON c.id = u."customerId" WHERE u.email = $1`,
        [email],
      );
      expect(login?.customerEmail).toBe(email);
      const orders = await sql.query<{ id: string; milestone: string; promised: Date; expected: Date; moves: number }>(
        `SELECT o.id, o.milestone, o."promisedDeliveryAt" AS promised, o."expectedDeliveryAt" AS expected,
                (SELECT count(*)::int FROM "OrderEvent" e WHERE e."orderId" = o.id AND e.kind = 'DATE_CHANGE' AND e.reason IS NOT NULL) AS moves
           FROM "Order" o WHERE o."customerId" = $1`,
        [login.customerId],
      );
      expect(orders.length).toBeGreaterThanOrEqual(2);
      expect(orders.some((o) => o.milestone === "DELIVERED")).toBe(true);
      const slipped = orders.find((o) => o.milestone === "IN_PRODUCTION");
      expect(slipped).toBeDefined();
      expect(slipped!.expected.getTime()).toBeGreaterThan(slipped!.promised.getTime());
      expect(slipped!.moves).toBeGreaterThanOrEqual(1);
      const history = await count(
        `SELECT count(*)::int AS n FROM "OrderEvent" WHERE "orderId" = $1 AND kind = 'MILESTONE'`,
        [slipped!.id],
      );
      expect(history).toBe(3); // PLACED, CONFIRMED, IN_PRODUCTION
    }
  });
});

describe("leads", () => {
  it("has open leads breached right now, including some of each demo salesperson", async () => {
    const breached = await sql.query<{ owner: string | null; stage: string }>(
      `SELECT u.email AS owner, l.stage FROM "Lead" l LEFT JOIN "User" u ON u.id = l."ownerId" WHERE l."slaDueAt" < $1`,
      [NOW],
    );
    const leads = await count(`SELECT count(*)::int AS n FROM "Lead"`);
    expect(breached.length / leads).toBeGreaterThan(0.02);
    expect(breached.length / leads).toBeLessThan(0.07);
    expect(breached.every((l) => l.stage !== "WON" && l.stage !== "LOST")).toBe(true);
    expect(breached.some((l) => l.owner === "sales@reise.test")).toBe(true);
    expect(breached.some((l) => l.owner === "sales2@reise.test")).toBe(true);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "Lead" WHERE "slaDueAt" BETWEEN $1 AND $1::timestamptz + interval '1 hour'`,
        [NOW],
      ),
    ).toBeGreaterThan(0);
  });

  it("runs the response clock by channel and stops it once answered or closed", async () => {
    // Due when a real signal's clock would be: the channel's promise in business hours (lib/sla.ts).
    const clocks = await sql.query<{ channel: keyof typeof SLA_MINUTES; since: Date; due: Date }>(
      `SELECT "sourceChannel" AS channel, "waitingSince" AS since, "slaDueAt" AS due FROM "Lead" WHERE stage = 'NEW'`,
    );
    expect(clocks.length).toBeGreaterThan(0);
    for (const c of clocks) expect(new Date(c.due)).toEqual(slaDueAt(new Date(c.since), c.channel, DEFAULT_SLA_CONFIG));
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "Lead" WHERE stage IN ('WON','LOST') AND ("slaDueAt" IS NOT NULL OR "closedAt" IS NULL)`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "Lead" WHERE "firstResponseAt" IS NOT NULL
         AND "firstResponseAt" <> "createdAt" + "firstResponseMinutes" * interval '1 minute'`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "Lead" WHERE stage = 'LOST' AND "lostReason" IS NULL`)).toBe(0);
  });

  it("has slow-trackers: open, engaged, low score and no clock", async () => {
    const slow = await sql.query<{ score: number; slaDueAt: Date | null; touchpoints: number }>(
      // Engaged as lib/scoring counts it: inbound signals of the last 90 days, the lead's or no lead's.
      `SELECT l.score, l."slaDueAt",
              (SELECT count(*)::int FROM "Touchpoint" t
                WHERE t."customerId" = l."customerId" AND t.direction = 'INBOUND'
                  AND (t."leadId" IS NULL OR t."leadId" = l.id)
                  AND t."occurredAt" >= l."scoredAt" - interval '90 days') AS touchpoints
         FROM "Lead" l WHERE l.readiness = 'SLOW' AND l.stage NOT IN ('WON','LOST')`,
    );
    expect(slow.length).toBeGreaterThan(3);
    for (const l of slow) {
      expect(l.slaDueAt).toBeNull();
      expect(l.score).toBeLessThan(30);
      expect(l.touchpoints).toBeGreaterThanOrEqual(3);
    }
  });

  it("converts better after fast first answers", async () => {
    const [r] = await sql.query<{ fast: number; slow: number }>(
      `SELECT avg((stage = 'WON')::int) FILTER (WHERE "firstResponseMinutes" <= 15)::float AS fast,
              avg((stage = 'WON')::int) FILTER (WHERE "firstResponseMinutes" > 60)::float AS slow
         FROM "Lead" WHERE stage IN ('WON','LOST')`,
    );
    expect(r.fast).toBeGreaterThan(r.slow);
  });
});

describe("orders and loyalty", () => {
  it("has every order milestone", async () => {
    const rows = await sql.query<{ milestone: string }>(`SELECT DISTINCT milestone FROM "Order"`);
    expect(rows.map((r) => r.milestone).sort()).toEqual([
      "CANCELLED",
      "CONFIRMED",
      "DELIVERED",
      "IN_PRODUCTION",
      "OUT_FOR_DELIVERY",
      "PLACED",
      "READY_FOR_PICKUP",
      "SHIPPED",
    ]);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "Order" WHERE (milestone = 'DELIVERED') <> ("deliveredAt" IS NOT NULL)`,
      ),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM "Order" o JOIN "Lead" l ON l.id = o."leadId" WHERE l.stage <> 'WON'`),
    ).toBe(0);
  });

  it("has every loyalty tier", async () => {
    const rows = await sql.query<{ tier: string }>(`SELECT DISTINCT "loyaltyTier" AS tier FROM "Customer"`);
    expect(rows.map((r) => r.tier).sort()).toEqual(["BASIC", "GOLD", "PLATINUM", "SILVER"]);
  });

  it("keeps loyaltyPoints equal to the ledger, never negative, and the tier from the last 12 months", async () => {
    const rows = await sql.query<{ points: number; ledger: number; earned: number; tier: string }>(
      `SELECT c."loyaltyPoints" AS points, c."loyaltyTier" AS tier,
              coalesce(sum(e.points), 0)::int AS ledger,
              coalesce(sum(e.points) FILTER (WHERE e.points > 0 AND e."occurredAt" >= $1::timestamptz - $2 * interval '1 day'), 0)::int AS earned
         FROM "Customer" c LEFT JOIN "LoyaltyEntry" e ON e."customerId" = c.id GROUP BY c.id`,
      [NOW, LOYALTY_RULES.tierWindowDays],
    );
    expect(rows).toHaveLength(CUSTOMERS);
    for (const r of rows) {
      expect(r.points).toBe(r.ledger);
      expect(r.points).toBeGreaterThanOrEqual(0);
      expect(r.tier).toBe(tierForPoints(r.earned));
    }
  });
});

describe("touchpoints", () => {
  it("covers every channel, direction, phase and owner, inside the last 18 months", async () => {
    const distinct = async (column: string) =>
      (await sql.query<{ v: string }>(`SELECT DISTINCT "${column}"::text AS v FROM "Touchpoint"`))
        .map((r) => r.v)
        .sort();
    expect(await distinct("channel")).toEqual([
      "CAMPAIGN",
      "CHAT",
      "EMAIL",
      "EVENT",
      "MOBILE",
      "PARTNER",
      "PHONE",
      "REVIEW",
      "SMS",
      "SOCIAL",
      "STORE",
      "WEB",
    ]);
    expect(await distinct("direction")).toEqual(["INBOUND", "OUTBOUND"]);
    expect(await distinct("phase")).toEqual(["AFTER", "BEFORE", "DURING"]);
    expect(await distinct("owner")).toEqual(["BRAND", "CUSTOMER", "PARTNER", "SOCIAL"]);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "Touchpoint" WHERE "occurredAt" > $1 OR "occurredAt" < $1::timestamptz - interval '548 days'`,
        [NOW],
      ),
    ).toBe(0);
  });

  it("keeps the journey stage consistent with the phase and the kind with the channel", async () => {
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "Touchpoint" WHERE NOT (
         (phase = 'BEFORE' AND stage IN ('NEED','RESEARCH','PURCHASE')) OR
         (phase = 'DURING' AND stage IN ('PURCHASE','DELIVERY')) OR
         (phase = 'AFTER' AND stage IN ('USE','LOYALTY')))`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "Touchpoint" WHERE
         (kind = 'CHAT_MESSAGE' AND channel <> 'CHAT') OR (kind = 'REVIEW' AND (channel <> 'REVIEW' OR owner <> 'SOCIAL')) OR
         (kind = 'PARTNER_REFERRAL' AND channel <> 'PARTNER') OR (kind = 'CALLBACK_REQUEST' AND channel NOT IN ('PHONE','WEB')) OR
         (kind IN ('ORDER_PLACED','DELIVERY','SERVICE_VISIT') AND phase = 'BEFORE')`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "Touchpoint" WHERE kind IN ('CALL','EMAIL','CHAT_MESSAGE','SMS','MEETING') AND direction = 'OUTBOUND' AND "actorId" IS NULL`,
      ),
    ).toBe(0);
  });

  it("has the customer's journey stage and last activity from their touchpoints", async () => {
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "Customer" c
         WHERE c."lastActivityAt" IS DISTINCT FROM (SELECT max("occurredAt") FROM "Touchpoint" t WHERE t."customerId" = c.id)
            OR c."journeyStage" <> (SELECT max(stage) FROM "Touchpoint" t WHERE t."customerId" = c.id)`,
      ),
    ).toBe(0);
  });

  // TOUCHPOINTS_PER_LEAD and TOUCHPOINTS_PER_ORDER in context.ts are tuned against this.
  it("has the demo volume: about 20 touchpoints and 1.5 leads per customer", async () => {
    const touchpoints = await count(`SELECT count(*)::int AS n FROM "Touchpoint"`);
    const leads = await count(`SELECT count(*)::int AS n FROM "Lead"`);
    expect(touchpoints / CUSTOMERS).toBeGreaterThan(16);
    expect(touchpoints / CUSTOMERS).toBeLessThan(24);
    expect(leads / CUSTOMERS).toBeGreaterThan(1.2);
    expect(leads / CUSTOMERS).toBeLessThan(1.8);
    expect(scalePlan(100_000)).toMatchObject({
      touchpointsPerCustomer: 10,
      leadsPerCustomer: 2,
      ordersPerCustomer: 0.5,
    });
  });
});

describe("a large dealer group", () => {
  it("is worked by about 200 people at 1M customers, and by the demo cast up to 100k", () => {
    expect(scalePlan(100_000)).toMatchObject({ extraRepsPerTeam: 0, openLeadShare: 1 });
    expect(scalePlan(1_000_000)).toMatchObject({ extraRepsPerTeam: 90, openLeadShare: 0.1 });
    const cast = makeStaff(new Rng(1, 2));
    const group = makeStaff(new Rng(1, 2), 90, new Rng(1, 3));
    expect(group.slice(0, cast.length)).toEqual(cast);
    const reps = group.filter((s) => s.role === "SALES");
    expect(reps).toHaveLength(186);
    expect(reps.filter((s) => s.team === "car")).toHaveLength(93);
    expect(new Set(group.map((s) => s.email)).size).toBe(group.length);
    expect(group.every((s) => /^[a-z0-9.]+@reise\.test$/.test(s.email))).toBe(true);
  });
});

describe("seeding", () => {
  it("is deterministic: a second fresh database gets the same customers, ids and order numbers", async () => {
    const other = await freshDatabase();
    try {
      await seedDatabase(other, { customers: CUSTOMERS, now: NOW });
      const fingerprint = (db: SqlClient) =>
        db.query(
          `SELECT (SELECT string_agg(id::text || ' ' || coalesce(email, '-'), ',' ORDER BY id) FROM "Customer") AS customers,
                (SELECT md5(string_agg(id::text || number || "totalMinor", ',' ORDER BY id)) FROM "Order") AS orders,
                (SELECT md5(string_agg(id::text || summary || "occurredAt"::text, ',' ORDER BY id)) FROM "Touchpoint") AS touchpoints,
                (SELECT md5(string_agg(id::text || coalesce("ownerId"::text, '-') || stage, ',' ORDER BY id)) FROM "Lead") AS leads,
                (SELECT string_agg(id::text || email || coalesce("passwordHash", '-'), ',' ORDER BY email) FROM "User") AS users`,
        );
      const [a] = await fingerprint(sql);
      const [b] = await fingerprint(other);
      expect(b).toEqual(a);
      expect(String(a.customers).split(",")).toHaveLength(CUSTOMERS);
    } finally {
      await other.close();
    }
  });

  it("refuses a database that already has users, and changes nothing", async () => {
    const before = await count(`SELECT count(*)::int AS n FROM "Customer"`);
    expect(await isDatabaseEmpty(sql)).toBe(false);
    await expect(seedDatabase(sql, { customers: CUSTOMERS, now: NOW })).rejects.toThrow(/already has users/);
    expect(await count(`SELECT count(*)::int AS n FROM "Customer"`)).toBe(before);
  });

  it("refuses a database that has only users", async () => {
    const db = await freshDatabase();
    try {
      await db.query(
        `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES (gen_random_uuid(), 'x@reise.test', 'X', 'SALES', now())`,
      );
      await expect(seedDatabase(db, { customers: CUSTOMERS, now: NOW })).rejects.toThrow(/already has users/);
    } finally {
      await db.close();
    }
  });
});
