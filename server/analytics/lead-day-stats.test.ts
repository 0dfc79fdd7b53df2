import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { isoWeekNumber, localIsoDate, weekStarts } from "@/lib/kpi/date-range";
import { MONTH_LEVEL_OFFSET } from "@/lib/kpi/day-rows-sql";
import { KPI_DEFAULTS } from "@/lib/kpi/definitions";
import { parseDashboardFilters } from "@/lib/kpi/filters";
import { REPORTING_TIME_ZONE, splitIntoDays } from "@/lib/kpi/reporting";
import {
  histogramPercentile,
  RESPONSE_BUCKET_BOUNDS,
  RESPONSE_BUCKETS,
  responseBucket,
} from "@/lib/kpi/response-histogram";
import { seedDatabase } from "@/prisma/seed";
import type { AppSession } from "@/server/auth/session";
import { openSqlClient } from "@/server/db/sql";
import { testDatabases, type TestSqlClient } from "@/test/worlds/databases";
import { getJourneyFunnel } from "./funnel";
import { monthActualsByOwner } from "@/server/goals/actuals";
import { getSourceConversion } from "./sources";
import { getSpeedToLead, type SpeedRow } from "./speed";

// LeadDayStat is the dashboard's pre-aggregate, kept by triggers. Two proofs:
// 1. after every kind of write, the table holds exactly what recomputing it from
//    the leads gives (reise_lead_day_facts over all time);
// 2. the cards read from it (speed to lead, funnel, conversion by source) equal
//    the same KPIs worked out here in TypeScript from every lead row, on the demo data.

const NOW = new Date("2026-11-24T10:15:00Z");

type DayRow = Record<string, unknown> & { level: number; day: Date; responseMax: number | null };
const KEYS = new Set(["level", "day", "ownerKey", "sourceChannel", "campaignKey"]);

/**
 * The month rows the table should hold, worked out here from day rows: per level, key and calendar
 * month, every counter added up (arrays slot by slot) and the largest response time; level + 8,
 * dated the first of the month.
 */
function monthSums(days: DayRow[]): DayRow[] {
  const add = (a: unknown, b: unknown): unknown => {
    if (Array.isArray(a)) return a.map((x, k) => add(x, (b as unknown[])[k]));
    if (typeof a === "number") return a + (b as number);
    // A bigint column: a BigInt from one driver, a numeric string from the other.
    const sum = BigInt(a as bigint | string) + BigInt(b as bigint | string);
    return typeof a === "bigint" ? sum : String(sum);
  };
  const larger = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
  const months = new Map<string, DayRow>();
  for (const row of days) {
    const month = new Date(Date.UTC(row.day.getUTCFullYear(), row.day.getUTCMonth(), 1));
    const id = [row.level, month.toISOString(), row.ownerKey, row.sourceChannel, row.campaignKey].join("|");
    const sum = months.get(id);
    if (!sum) {
      months.set(id, { ...row, level: row.level + MONTH_LEVEL_OFFSET, day: month });
      continue;
    }
    for (const [name, value] of Object.entries(row)) {
      if (KEYS.has(name)) continue;
      sum[name] = name === "responseMax" ? larger(sum.responseMax, value as number | null) : add(sum[name], value);
    }
  }
  return inKeyOrder([...months.values()]);
}

/** Rows sorted by their key here, not by the database (which sorts a channel by the enum's order). */
function inKeyOrder(rows: DayRow[]): DayRow[] {
  const id = (r: DayRow) =>
    [String(r.level).padStart(2, "0"), r.day.toISOString(), r.ownerKey, r.sourceChannel, r.campaignKey].join("|");
  return rows.toSorted((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

/** Seconds to the win, summed in another order here than in the database: equal to the millisecond. */
const roundSeconds = (r: DayRow) => ({
  ...r,
  wonSeconds: (r.wonSeconds as number[]).map((s) => Math.round(s * 1000) / 1000),
});
const ZERO = "00000000-0000-0000-0000-000000000000";

describe.each(testDatabases)("LeadDayStat on $name", (database) => {
  let sql: TestSqlClient;
  let db: PrismaClient;
  let manager: AppSession;

  /** The table and a full recompute, both in one stable order: day rows, then month rows. */
  const tableAndRecompute = async () => {
    const order = `ORDER BY level, day, "ownerKey", "sourceChannel", "campaignKey"`;
    const [table, months, recomputed] = await Promise.all([
      sql.query<DayRow>(`SELECT * FROM "LeadDayStat" WHERE level < ${MONTH_LEVEL_OFFSET} ${order}`),
      sql.query<DayRow>(`SELECT * FROM "LeadDayStat" WHERE level >= ${MONTH_LEVEL_OFFSET} ${order}`),
      sql.query<DayRow>(`SELECT * FROM reise_lead_day_facts('-infinity', 'infinity') ${order}`),
    ]);
    return { table, months, recomputed };
  };
  const expectCurrent = async () => {
    const { table, months, recomputed } = await tableAndRecompute();
    expect(table.length).toBeGreaterThan(0);
    expect(table).toEqual(recomputed);
    // Level 6 (channel with campaign) is never stored, so it has no month rows either.
    expect(inKeyOrder(months).map(roundSeconds)).toEqual(
      monthSums(recomputed.filter((r) => r.level !== 6)).map(roundSeconds),
    );
  };

  beforeAll(async () => {
    sql = await database.open();
    await seedDatabase(sql, { customers: 150, now: NOW });
    db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    const m = await db.user.findFirstOrThrow({ where: { role: "MANAGER" } });
    manager = {
      userId: m.id,
      role: "MANAGER",
      email: m.email,
      name: m.name,
      locale: "en",
      timeZone: REPORTING_TIME_ZONE,
      teamId: m.teamId,
      customerId: null,
    };
  }, 120_000);
  afterAll(async () => {
    await db?.$disconnect();
    await sql?.close();
  });

  it("holds what the leads give after the seeder's bulk load", async () => {
    await expectCurrent();
  });

  it("gives the same rows one level at a time as all levels at once, for all time and inside a day", async () => {
    const order = `ORDER BY day, "ownerKey", "sourceChannel", "campaignKey"`;
    const ranges = [
      ["-infinity", "infinity"],
      ["2026-11-20T09:30:00Z", "2026-11-20T22:00:00Z"],
    ];
    for (const [from, to] of ranges) {
      for (const level of [0, 1, 2, 3, 4, 5, 6, 7]) {
        const [one, all] = await Promise.all([
          sql.query(`SELECT * FROM reise_lead_day_level_facts($1, $2, $3) ${order}`, [level, from, to]),
          // Level 6 (channel with campaign) is never stored: the finest rows serve it.
          sql.query(`SELECT * FROM reise_lead_day_facts($1, $2) f WHERE level = $3 ${order}`, [from, to, level]),
        ]);
        if (level !== 6) expect(one, `level ${level} from ${from}`).toEqual(all);
        expect(one.length, `level ${level} from ${from}`).toBeGreaterThan(0);
      }
    }
  });

  it("stays equal to the leads through inserts, stage and owner changes, answers, moves and deletes", async () => {
    const lead = await db.lead.findFirstOrThrow({ where: { stage: "NEW" }, orderBy: { createdAt: "desc" } });
    const rep = await db.user.findFirstOrThrow({ where: { role: "SALES", NOT: { id: lead.ownerId ?? undefined } } });
    await db.lead.update({
      where: { id: lead.id },
      data: { firstResponseMinutes: 45, firstResponseAt: NOW, stage: "CONTACTED" },
    });
    await expectCurrent();
    await db.lead.update({
      where: { id: lead.id },
      data: { ownerId: rep.id, sourceChannel: "PARTNER", campaignId: null },
    });
    await expectCurrent();
    // Created on another day: both days change.
    await db.lead.update({ where: { id: lead.id }, data: { createdAt: new Date("2026-02-01T12:00:00Z") } });
    await expectCurrent();
    // One statement over many leads, as a bulk reassignment does.
    await db.lead.updateMany({ where: { ownerId: rep.id, stage: "LOST" }, data: { ownerId: null } });
    await expectCurrent();
    const copy = await db.lead.create({
      data: {
        customerId: lead.customerId,
        interest: "Test",
        category: lead.category,
        sourceChannel: "CHAT",
        createdAt: new Date("2026-11-23T23:30:00Z"),
      },
    });
    await expectCurrent();
    await db.lead.delete({ where: { id: copy.id } });
    await expectCurrent();
  });

  it("records the stage a lead was lost from, however it is closed, and forgets it when it reopens", async () => {
    const open = await db.lead.findFirstOrThrow({ where: { stage: "QUALIFIED" } });
    // Closing an open lead as lost, as any service or a hand-written UPDATE does: the database notes the stage.
    await db.lead.update({ where: { id: open.id }, data: { stage: "LOST", closedAt: NOW, stageChangedAt: NOW } });
    expect((await db.lead.findUniqueOrThrow({ where: { id: open.id } })).lostFromStage).toBe("QUALIFIED");
    await expectCurrent();
    // A later edit of the lost lead keeps it; follow-ups and audit rows no longer move it.
    await db.lead.update({ where: { id: open.id }, data: { stage: "LOST", valueMinor: 1 } });
    expect((await db.lead.findUniqueOrThrow({ where: { id: open.id } })).lostFromStage).toBe("QUALIFIED");
    await db.lead.update({ where: { id: open.id }, data: { stage: "PROPOSAL", closedAt: null } });
    expect((await db.lead.findUniqueOrThrow({ where: { id: open.id } })).lostFromStage).toBeNull();
    await expectCurrent();
    await db.lead.update({ where: { id: open.id }, data: { stage: "LOST", closedAt: NOW } });
    expect((await db.lead.findUniqueOrThrow({ where: { id: open.id } })).lostFromStage).toBe("PROPOSAL");
    await expectCurrent();
  });

  it("measures a lead against the promise it carries, not the one Settings hold now", async () => {
    const f = parseDashboardFilters({ range: "90d" }, NOW, REPORTING_TIME_ZONE);
    const before = await getSpeedToLead(db, manager, f, NOW);
    const answered = await db.lead.findFirstOrThrow({
      where: { createdAt: { gte: f.from }, firstResponseMinutes: { gt: 20 } },
    });
    // The promise was tighter when its clock started: it was answered late.
    await db.lead.update({ where: { id: answered.id }, data: { slaMinutes: answered.firstResponseMinutes! - 1 } });
    await expectCurrent();
    const after = await getSpeedToLead(db, manager, f, NOW);
    const wasWithin = answered.firstResponseMinutes! <= answered.slaMinutes! ? 1 : 0;
    expect(after.total.withinSla).toBe(before.total.withinSla - wasWithin);
    await db.lead.update({ where: { id: answered.id }, data: { slaMinutes: answered.slaMinutes } });
    await expectCurrent();
  });

  it("follows a won lead's attribution through its inbound touchpoints", async () => {
    const won = await db.lead.findFirstOrThrow({ where: { stage: "WON" }, orderBy: { closedAt: "desc" } });
    const touchpoint = await db.touchpoint.create({
      data: {
        customerId: won.customerId,
        leadId: won.id,
        channel: "REVIEW",
        owner: "SOCIAL",
        direction: "INBOUND",
        kind: "REVIEW",
        phase: "BEFORE",
        stage: "RESEARCH",
        summary: "Test",
        occurredAt: new Date(won.createdAt.getTime() - 60_000),
      },
    });
    await expectCurrent();
    await db.touchpoint.update({ where: { id: touchpoint.id }, data: { channel: "PARTNER" } });
    await expectCurrent();
    // Moved to another won lead: both leads' attribution changes; then no longer inbound: the old side's.
    const other = await db.lead.findFirstOrThrow({
      where: { stage: "WON", id: { not: won.id } },
      orderBy: { closedAt: "desc" },
    });
    await db.touchpoint.update({
      where: { id: touchpoint.id },
      data: { leadId: other.id, customerId: other.customerId },
    });
    await expectCurrent();
    await db.touchpoint.update({ where: { id: touchpoint.id }, data: { direction: "OUTBOUND" } });
    await expectCurrent();
    await db.touchpoint.delete({ where: { id: touchpoint.id } });
    await expectCurrent();
  });

  it("keeps each customer's purchase figures equal to their orders", async () => {
    const recompute = `
      SELECT c.id, c."firstOrderAt", c."orderCount", p.first_at, coalesce(p.orders, 0) AS orders
      FROM "Customer" c
      LEFT JOIN (SELECT "customerId", min("placedAt") AS first_at, count(*)::int AS orders FROM "Order"
                 WHERE milestone <> 'CANCELLED' GROUP BY "customerId") p ON p."customerId" = c.id
      WHERE (c."firstOrderAt", c."orderCount") IS DISTINCT FROM (p.first_at, coalesce(p.orders, 0))`;
    expect(await sql.query(`SELECT count(*)::int AS n FROM "Customer" WHERE "orderCount" > 0`)).not.toEqual([{ n: 0 }]);
    expect(await sql.query(recompute)).toEqual([]);
    const customer = await db.customer.findFirstOrThrow({ where: { orderCount: 0 } });
    const order = await db.order.create({
      data: {
        number: "T-1",
        customerId: customer.id,
        product: "Test",
        category: "CAR",
        totalMinor: 100,
        placedAt: new Date("2026-01-05T10:00:00Z"),
      },
    });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      orderCount: 1,
      firstOrderAt: order.placedAt,
    });
    await db.order.create({
      data: {
        number: "T-2",
        customerId: customer.id,
        product: "Test",
        category: "CAR",
        totalMinor: 100,
        placedAt: new Date("2026-02-05T10:00:00Z"),
      },
    });
    await db.order.update({ where: { id: order.id }, data: { milestone: "CANCELLED" } });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      orderCount: 1,
      firstOrderAt: new Date("2026-02-05T10:00:00Z"),
    });
    // An order moved to another customer changes both customers' figures.
    const second = await db.customer.findFirstOrThrow({ where: { orderCount: 0, id: { not: customer.id } } });
    await db.order.updateMany({ where: { customerId: customer.id }, data: { customerId: second.id } });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      orderCount: 0,
      firstOrderAt: null,
    });
    expect(await db.customer.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      orderCount: 1,
      firstOrderAt: new Date("2026-02-05T10:00:00Z"),
    });
    await db.order.deleteMany({ where: { customerId: second.id } });
    expect(await db.customer.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      orderCount: 0,
      firstOrderAt: null,
    });
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      orderCount: 0,
      firstOrderAt: null,
    });
    expect(await sql.query(recompute)).toEqual([]);
  });

  // Two instances on one PostgreSQL write at once; PGlite has one connection.
  it.runIf(database.kind === "postgres")(
    "keeps a month's row whole when two writers change leads of different days in it at once",
    async () => {
      const [a, b] = await sql.query<{ id: string }>(
        `SELECT DISTINCT ON (day) id FROM (
           SELECT id, ("createdAt" AT TIME ZONE '${REPORTING_TIME_ZONE}')::date AS day FROM "Lead"
           WHERE "createdAt" >= '2026-10-01T00:00:00+02' AND "createdAt" < '2026-11-01T00:00:00+01'
         ) l ORDER BY day, id LIMIT 2`,
      );
      expect(b, "two leads created on different days of October").toBeDefined();
      const second = await openSqlClient(sql.config, "second writer");
      try {
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        let wrote!: () => void;
        const firstWrote = new Promise<void>((resolve) => (wrote = resolve));
        const bump = `UPDATE "Lead" SET "valueMinor" = coalesce("valueMinor", 0) + 100 WHERE id = $1`;
        const first = sql.transaction(async (tx) => {
          await tx.query(bump, [a.id]);
          wrote();
          await held;
        });
        await firstWrote;
        const other = second.transaction((tx) => tx.query(bump, [b.id]));
        // The second writer reaches the month's lock while the first still holds it.
        await new Promise((resolve) => setTimeout(resolve, 300));
        release();
        await Promise.all([first, other]);
      } finally {
        await second.close();
      }
      await expectCurrent();
    },
  );

  it("does no work for changes that touch no figure (activity, score)", async () => {
    const before = await sql.query(
      `SELECT xmin::text AS x FROM "LeadDayStat" ORDER BY level, day, "ownerKey", "sourceChannel", "campaignKey"`,
    );
    await db.lead.updateMany({ where: { stage: "CONTACTED" }, data: { lastActivityAt: NOW, score: { increment: 1 } } });
    const after = await sql.query(
      `SELECT xmin::text AS x FROM "LeadDayStat" ORDER BY level, day, "ownerKey", "sourceChannel", "campaignKey"`,
    );
    expect(after).toEqual(before);
  });

  it("files a lead under its calendar day in the reporting zone, and buckets as the TypeScript does", async () => {
    const customer = await db.customer.findFirstOrThrow();
    // 23:30 UTC on 1 March is 00:30 on 2 March in Oslo.
    const createdAt = new Date("2026-03-01T23:30:00Z");
    const minutes = [...RESPONSE_BUCKET_BOUNDS, ...RESPONSE_BUCKET_BOUNDS.map((b) => b + 1)];
    await db.lead.createMany({
      data: minutes.map((m) => ({
        customerId: customer.id,
        interest: "Bounds",
        category: "CAR" as const,
        sourceChannel: "SMS" as const,
        ownerId: null,
        firstResponseMinutes: m,
        createdAt,
      })),
    });
    const [row] = await sql.query<{ day: Date; responseBuckets: number[] }>(
      `SELECT day, "responseBuckets" FROM "LeadDayStat" WHERE level = 7 AND "ownerKey" = $1 AND "sourceChannel" = 'SMS' AND "campaignKey" = $1 AND day = $2::date`,
      [ZERO, localIsoDate(createdAt, REPORTING_TIME_ZONE)],
    );
    expect(localIsoDate(createdAt, REPORTING_TIME_ZONE)).toBe("2026-03-02");
    const expected = Array<number>(RESPONSE_BUCKETS).fill(0);
    for (const m of minutes) expected[responseBucket(m)]++;
    expect(row.responseBuckets).toEqual(expected);
    await expectCurrent();
  });

  it("gives the speed-to-lead card the numbers worked out from every lead", async () => {
    const f = parseDashboardFilters({ range: "90d" }, NOW, REPORTING_TIME_ZONE);
    const card = await getSpeedToLead(db, manager, f, NOW);
    const leads = await db.lead.findMany({
      where: { createdAt: { gte: f.from, lt: f.to } },
      select: {
        ownerId: true,
        sourceChannel: true,
        createdAt: true,
        stage: true,
        firstResponseMinutes: true,
        slaMinutes: true,
        slaDueAt: true,
      },
    });
    expect(leads.length).toBeGreaterThan(50);
    const weeks = weekStarts(f.from, f.to, REPORTING_TIME_ZONE);
    const weekOf = (at: Date) => weeks.filter((w) => w.at <= at).at(-1)!.date;
    const kpis = (group: typeof leads) => {
      const answered = group.flatMap((l) => (l.firstResponseMinutes === null ? [] : [l.firstResponseMinutes]));
      const counts = Array<number>(RESPONSE_BUCKETS).fill(0);
      for (const m of answered) counts[responseBucket(m)]++;
      const max = answered.length ? Math.max(...answered) : null;
      const measured = group.filter(
        (l) =>
          l.firstResponseMinutes !== null ||
          l.stage === "WON" ||
          l.stage === "LOST" ||
          (l.slaDueAt !== null && l.slaDueAt <= NOW),
      );
      const within = group.filter(
        (l) => l.firstResponseMinutes !== null && l.slaMinutes !== null && l.firstResponseMinutes <= l.slaMinutes,
      );
      return {
        answered: answered.length,
        medianMinutes: histogramPercentile(counts, 0.5, max),
        p90Minutes: histogramPercentile(counts, 0.9, max),
        measured: measured.length,
        withinSla: within.length,
      };
    };
    const pick = ({ answered, medianMinutes, p90Minutes, measured, withinSla }: SpeedRow) => ({
      answered,
      medianMinutes,
      p90Minutes,
      measured,
      withinSla,
    });
    const groupBy = (key: (l: (typeof leads)[number]) => string | null) => {
      const map = new Map<string | null, typeof leads>();
      for (const l of leads) map.set(key(l), [...(map.get(key(l)) ?? []), l]);
      return map;
    };
    expect(pick(card.total)).toEqual(kpis(leads));
    const byRep = groupBy((l) => l.ownerId);
    expect(new Map(card.byRep.map((r) => [r.key, pick(r)]))).toEqual(new Map([...byRep].map(([k, g]) => [k, kpis(g)])));
    const byChannel = groupBy((l) => l.sourceChannel);
    expect(new Map(card.byChannel.map((r) => [r.key, pick(r)]))).toEqual(
      new Map([...byChannel].map(([k, g]) => [k, kpis(g)])),
    );
    const byWeek = groupBy((l) => weekOf(l.createdAt));
    expect(new Map(card.byWeek.map((r) => [r.weekStart, pick(r)]))).toEqual(
      new Map([...byWeek].map(([k, g]) => [k, kpis(g)])),
    );
    expect(card.byWeek.every((r) => r.isoWeek === isoWeekNumber(r.weekStart))).toBe(true);
  });

  it("counts a range whose ends fall inside a day, as the previous period's first day does", async () => {
    // From a minute before one lead to a minute after another, weeks later: both ends cut a day, and
    // the leads on each side of each cut must be counted or left out as their time says.
    const sample = await db.lead.findMany({ orderBy: { createdAt: "asc" }, select: { createdAt: true } });
    const first = sample[Math.floor(sample.length * 0.3)].createdAt;
    const last = sample[Math.floor(sample.length * 0.6)].createdAt;
    const f = {
      ...parseDashboardFilters({ range: "custom", from: localIsoDate(first, REPORTING_TIME_ZONE) }, NOW),
      range: "custom" as const,
      from: new Date(first.getTime() - 60_000),
      to: new Date(last.getTime() + 60_000),
      endsNow: false,
      conversionWindowDays: 30,
    };
    const { partial } = splitIntoDays(f.from, f.to);
    expect(partial).toHaveLength(2);
    for (const p of partial)
      expect(await db.lead.count({ where: { createdAt: { gte: p.from, lt: p.to } } })).toBeGreaterThan(0);

    const [funnel, sources, speed, goals] = await Promise.all([
      getJourneyFunnel(db, manager, f, NOW),
      getSourceConversion(db, manager, f),
      getSpeedToLead(db, manager, f, NOW),
      monthActualsByOwner(db, { ...manager, role: "MANAGER" }, f),
    ]);
    const leads = await db.lead.findMany({
      where: { createdAt: { gte: f.from, lt: f.to } },
      select: {
        ownerId: true,
        sourceChannel: true,
        stage: true,
        createdAt: true,
        closedAt: true,
        firstResponseMinutes: true,
      },
    });
    const won = leads.filter(
      (l) => l.stage === "WON" && l.closedAt!.getTime() - l.createdAt.getTime() <= f.conversionWindowDays * 864e5,
    );
    const count = <K extends "ownerId" | "sourceChannel">(group: typeof leads, key: K) => {
      const map = new Map<string | null, number>();
      for (const l of group) map.set(l[key], (map.get(l[key]) ?? 0) + 1);
      return map;
    };
    expect(funnel.total).toBe(leads.length);
    expect(sources.total.won).toBe(won.length);
    expect(new Map(sources.byChannel.map((r) => [r.key, r.leads]))).toEqual(count(leads, "sourceChannel"));
    const answered = leads.filter((l) => l.firstResponseMinutes !== null);
    expect(speed.total.answered).toBe(answered.length);
    expect(new Map(speed.byRep.map((r) => [r.key, r.answered]))).toEqual(count(answered, "ownerId"));
    expect(new Map([...goals].map(([owner, a]) => [owner, a.wonDeals] as const).filter(([, n]) => n))).toEqual(
      count(won, "ownerId"),
    );

    // "Still maturing": the leads younger than the window, which starts a minute before a lead of that day.
    const young = sample[Math.floor(sample.length * 0.45)].createdAt;
    const then = new Date(young.getTime() + f.conversionWindowDays * 864e5 - 60_000);
    expect((await getJourneyFunnel(db, manager, f, then)).maturing).toBe(
      leads.filter((l) => l.createdAt.getTime() >= young.getTime() - 60_000).length,
    );
  });

  it.each([30, 90])(
    "gives the funnel and conversion by source, with a %i-day window, the numbers worked out from every lead",
    async (window) => {
      const f = parseDashboardFilters({ range: "12m", window: String(window) }, NOW, REPORTING_TIME_ZONE);
      const [funnel, sources] = await Promise.all([
        getJourneyFunnel(db, manager, f, NOW),
        getSourceConversion(db, manager, f),
      ]);
      const leads = await db.lead.findMany({
        where: { createdAt: { gte: f.from, lt: f.to } },
        select: {
          id: true,
          sourceChannel: true,
          campaignId: true,
          stage: true,
          createdAt: true,
          closedAt: true,
          firstResponseAt: true,
          lostFromStage: true,
        },
      });
      const RANK = { NEW: 0, CONTACTED: 1, QUALIFIED: 2, PROPOSAL: 3 } as Record<string, number>;
      const inWindow = (l: (typeof leads)[number]) =>
        l.closedAt !== null && l.closedAt.getTime() - l.createdAt.getTime() <= window * 864e5;
      // A lost lead counts at the stage it was lost from, as the card's help text says.
      const furthest = (l: (typeof leads)[number]): number => {
        if (l.stage === "WON") return inWindow(l) ? 4 : 3;
        if (l.stage !== "LOST") return RANK[l.stage];
        return RANK[l.lostFromStage ?? "NEW"] ?? 3;
      };
      const reached = [0, 1, 2, 3, 4].map((k) => leads.filter((l) => furthest(l) >= k).length);
      // "Lost here" counts the outcomes within the window, as every other figure does: a lead lost on day 95
      // of a 90-day window had not been lost by the window's end.
      const lost = [0, 1, 2, 3, 4].map(
        (k) => leads.filter((l) => l.stage === "LOST" && inWindow(l) && furthest(l) === k).length,
      );
      expect(funnel.rows.map((r) => r.reached)).toEqual(reached);
      expect(funnel.rows.map((r) => r.lost)).toEqual(lost);
      expect(funnel.maturing).toBe(leads.filter((l) => l.createdAt.getTime() >= NOW.getTime() - window * 864e5).length);
      const decided = (group: typeof leads) => ({
        leads: group.length,
        won: group.filter((l) => l.stage === "WON" && inWindow(l)).length,
        lost: group.filter((l) => l.stage === "LOST" && inWindow(l)).length,
      });
      const pick = ({ leads, won, lost }: { leads: number; won: number; lost: number }) => ({ leads, won, lost });
      expect(pick(sources.total)).toEqual(decided(leads));
      const channels = [...new Set(leads.map((l) => l.sourceChannel))];
      expect(new Map(sources.byChannel.map((r) => [r.key, pick(r)]))).toEqual(
        new Map(channels.map((c) => [c, decided(leads.filter((l) => l.sourceChannel === c))])),
      );
      // Attribution: the day rows against the per-lead lookup the dashboard used to run on every load.
      const raw = await db.$queryRaw<{ dim: string; key: string | null; first: number; last: number }[]>`
      WITH pairs AS (
        SELECT a.fc, a.fo, a.lc, a.lo, count(*)::int AS n
        FROM "Lead" l
        LEFT JOIN LATERAL (
          SELECT (array_agg(t.channel ORDER BY t."occurredAt" ASC))[1]::text AS fc, (array_agg(t.owner ORDER BY t."occurredAt" ASC))[1]::text AS fo,
            (array_agg(t.channel ORDER BY t."occurredAt" DESC))[1]::text AS lc, (array_agg(t.owner ORDER BY t."occurredAt" DESC))[1]::text AS lo
          FROM "Touchpoint" t
          WHERE t."leadId" = l.id AND t.direction = 'INBOUND'
            AND t."occurredAt" >= l."createdAt" - make_interval(days => ${KPI_DEFAULTS.attributionLookbackDays}::int) AND t."occurredAt" <= l."closedAt"
        ) a ON TRUE
        WHERE l."createdAt" >= ${f.from} AND l."createdAt" < ${f.to} AND l.stage = 'WON'
          AND l."closedAt" <= l."createdAt" + make_interval(mins => ${window * 1440}::int)
        GROUP BY 1, 2, 3, 4
      )
      SELECT v.dim, v.key, sum(v.first * p.n)::int AS first, sum(v.last * p.n)::int AS last
      FROM pairs p CROSS JOIN LATERAL (VALUES ('channel', p.fc, 1, 0), ('channel', p.lc, 0, 1), ('owner', p.fo, 1, 0), ('owner', p.lo, 0, 1)) AS v(dim, key, first, last)
      GROUP BY v.dim, v.key`;
      const touches = (dim: string) =>
        new Map(
          raw.filter((r) => r.dim === dim).map((r) => [r.key, { key: r.key, firstTouch: r.first, lastTouch: r.last }]),
        );
      expect(raw.length).toBeGreaterThan(2);
      expect(new Map(sources.attribution.byChannel.map((r) => [r.key, r]))).toEqual(touches("channel"));
      expect(new Map(sources.attribution.byOwner.map((r) => [r.key, r]))).toEqual(touches("owner"));
      const campaigns = [...new Set(leads.map((l) => l.campaignId))];
      expect(new Map(sources.byCampaign.map((r) => [r.key, pick(r)]))).toEqual(
        new Map(campaigns.map((c) => [c, decided(leads.filter((l) => l.campaignId === c))])),
      );
    },
  );
});
