import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { isoWeekNumber, localIsoDate, weekStarts } from "@/lib/kpi/date-range";
import { parseDashboardFilters } from "@/lib/kpi/filters";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import { histogramPercentile, RESPONSE_BUCKET_BOUNDS, RESPONSE_BUCKETS, responseBucket } from "@/lib/kpi/response-histogram";
import { DEFAULT_SLA_MINUTES } from "@/lib/sla";
import { seedDatabase } from "@/prisma/seed";
import type { AppSession } from "@/server/auth/session";
import { applyMigrations } from "@/server/db/migrate";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/server/db/test-support";
import { getSpeedToLead, type SpeedRow } from "./speed";

// LeadDayStat is the dashboard's pre-aggregate, kept by triggers. Two proofs:
// 1. after every kind of write, the table holds exactly what recomputing it from
//    the leads gives (reise_lead_day_facts over all time);
// 2. the speed-to-lead card read from it equals the same KPIs worked out here in
//    TypeScript from every lead row, on the demo data.

const NOW = new Date("2026-11-24T10:15:00Z");
const ZERO = "00000000-0000-0000-0000-000000000000";

describe.each(testDatabases)("LeadDayStat on $name", (database) => {
  let sql: SqlClient;
  let db: PrismaClient;
  let manager: AppSession;

  /** The table and a full recompute, both in one stable order. */
  const tableAndRecompute = async () => {
    const order = `ORDER BY day, "ownerKey", "sourceChannel", "campaignKey"`;
    const [table, recomputed] = await Promise.all([
      sql.query(`SELECT * FROM "LeadDayStat" ${order}`),
      sql.query(`SELECT * FROM reise_lead_day_facts('-infinity', 'infinity') ${order}`),
    ]);
    return { table, recomputed };
  };
  const expectCurrent = async () => {
    const { table, recomputed } = await tableAndRecompute();
    expect(table.length).toBeGreaterThan(0);
    expect(table).toEqual(recomputed);
  };

  beforeAll(async () => {
    sql = await database.open();
    await applyMigrations(sql);
    await seedDatabase(sql, { customers: 150, now: NOW });
    db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    const m = await db.user.findFirstOrThrow({ where: { role: "MANAGER" } });
    manager = { userId: m.id, role: "MANAGER", email: m.email, name: m.name, locale: "en", timeZone: REPORTING_TIME_ZONE, teamId: m.teamId, customerId: null };
  }, 120_000);
  afterAll(async () => {
    await db?.$disconnect();
    await sql?.close();
  });

  it("holds what the leads give after the seeder's bulk load", async () => {
    await expectCurrent();
  });

  it("stays equal to the leads through inserts, stage and owner changes, answers, moves and deletes", async () => {
    const lead = await db.lead.findFirstOrThrow({ where: { stage: "NEW" }, orderBy: { createdAt: "desc" } });
    const rep = await db.user.findFirstOrThrow({ where: { role: "SALES", NOT: { id: lead.ownerId ?? undefined } } });
    await db.lead.update({ where: { id: lead.id }, data: { firstResponseMinutes: 45, firstResponseAt: NOW, stage: "CONTACTED" } });
    await expectCurrent();
    await db.lead.update({ where: { id: lead.id }, data: { ownerId: rep.id, sourceChannel: "PARTNER", campaignId: null } });
    await expectCurrent();
    // Created on another day: both days change.
    await db.lead.update({ where: { id: lead.id }, data: { createdAt: new Date("2026-02-01T12:00:00Z") } });
    await expectCurrent();
    // One statement over many leads, as a bulk reassignment does.
    await db.lead.updateMany({ where: { ownerId: rep.id, stage: "LOST" }, data: { ownerId: null } });
    await expectCurrent();
    const copy = await db.lead.create({
      data: { customerId: lead.customerId, interest: "Test", category: lead.category, sourceChannel: "CHAT", createdAt: new Date("2026-11-23T23:30:00Z") },
    });
    await expectCurrent();
    await db.lead.delete({ where: { id: copy.id } });
    await expectCurrent();
  });

  it("does no work for changes that touch no figure (activity, score)", async () => {
    const before = await sql.query(`SELECT xmin::text AS x FROM "LeadDayStat" ORDER BY day, "ownerKey", "sourceChannel", "campaignKey"`);
    await db.lead.updateMany({ where: { stage: "CONTACTED" }, data: { lastActivityAt: NOW, score: { increment: 1 } } });
    const after = await sql.query(`SELECT xmin::text AS x FROM "LeadDayStat" ORDER BY day, "ownerKey", "sourceChannel", "campaignKey"`);
    expect(after).toEqual(before);
  });

  it("files a lead under its calendar day in the reporting zone, and buckets as the TypeScript does", async () => {
    const customer = await db.customer.findFirstOrThrow();
    // 23:30 UTC on 1 March is 00:30 on 2 March in Oslo.
    const createdAt = new Date("2026-03-01T23:30:00Z");
    const minutes = [...RESPONSE_BUCKET_BOUNDS, ...RESPONSE_BUCKET_BOUNDS.map((b) => b + 1)];
    await db.lead.createMany({
      data: minutes.map((m) => ({ customerId: customer.id, interest: "Bounds", category: "CAR" as const, sourceChannel: "SMS" as const, ownerId: null, firstResponseMinutes: m, createdAt })),
    });
    const [row] = await sql.query<{ day: Date; responseBuckets: number[] }>(
      `SELECT day, "responseBuckets" FROM "LeadDayStat" WHERE "ownerKey" = $1 AND "sourceChannel" = 'SMS' AND "campaignKey" = $1 AND day = $2::date`,
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
      select: { ownerId: true, sourceChannel: true, createdAt: true, stage: true, firstResponseMinutes: true, slaDueAt: true },
    });
    expect(leads.length).toBeGreaterThan(50);
    const weeks = weekStarts(f.from, f.to, REPORTING_TIME_ZONE);
    const weekOf = (at: Date) => weeks.filter((w) => w.at <= at).at(-1)!.date;
    const kpis = (group: typeof leads) => {
      const answered = group.flatMap((l) => (l.firstResponseMinutes === null ? [] : [l.firstResponseMinutes]));
      const counts = Array<number>(RESPONSE_BUCKETS).fill(0);
      for (const m of answered) counts[responseBucket(m)]++;
      const max = answered.length ? Math.max(...answered) : null;
      const measured = group.filter((l) => l.firstResponseMinutes !== null || l.stage === "WON" || l.stage === "LOST" || (l.slaDueAt !== null && l.slaDueAt <= NOW));
      const within = group.filter((l) => l.firstResponseMinutes !== null && l.firstResponseMinutes <= DEFAULT_SLA_MINUTES[l.sourceChannel]);
      return {
        answered: answered.length, medianMinutes: histogramPercentile(counts, 0.5, max), p90Minutes: histogramPercentile(counts, 0.9, max),
        measured: measured.length, withinSla: within.length,
      };
    };
    const pick = ({ answered, medianMinutes, p90Minutes, measured, withinSla }: SpeedRow) => ({ answered, medianMinutes, p90Minutes, measured, withinSla });
    const groupBy = (key: (l: (typeof leads)[number]) => string | null) => {
      const map = new Map<string | null, typeof leads>();
      for (const l of leads) map.set(key(l), [...(map.get(key(l)) ?? []), l]);
      return map;
    };
    expect(pick(card.total)).toEqual(kpis(leads));
    const byRep = groupBy((l) => l.ownerId);
    expect(new Map(card.byRep.map((r) => [r.key, pick(r)]))).toEqual(new Map([...byRep].map(([k, g]) => [k, kpis(g)])));
    const byChannel = groupBy((l) => l.sourceChannel);
    expect(new Map(card.byChannel.map((r) => [r.key, pick(r)]))).toEqual(new Map([...byChannel].map(([k, g]) => [k, kpis(g)])));
    const byWeek = groupBy((l) => weekOf(l.createdAt));
    expect(new Map(card.byWeek.map((r) => [r.weekStart, pick(r)]))).toEqual(new Map([...byWeek].map(([k, g]) => [k, kpis(g)])));
    expect(card.byWeek.every((r) => r.isoWeek === isoWeekNumber(r.weekStart))).toBe(true);
  });
});
