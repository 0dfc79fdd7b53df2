import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { parseDashboardFilters, type DashboardFilters } from "@/lib/kpi/filters";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import { DEFAULT_SLA_CONFIG } from "@/lib/sla";
import { seedDatabase } from "@/prisma/seed";
import type { AppSession } from "@/server/auth/session";
import { eraseCustomer } from "@/server/customers/gdpr-erase";
import type { SqlClient } from "@/server/db/sql";
import { saveSlaConfig } from "@/server/settings/sla";
import { testDatabases } from "@/test/worlds/databases";
import { getJourneyFunnel } from "./funnel";
import { getPipeline } from "./pipeline";
import { getSourceConversion } from "./sources";
import { getSpeedToLead } from "./speed";

// Every lead-based card's figures, worked out here with plain SQL over the leads straight from the
// definitions in docs/kpis.md (no day rows, no histograms), against what the dashboard's server
// functions return: for a manager and a sales rep, over several ranges and windows, and again after
// the response times change under Settings and after a customer is erased.

const NOW = new Date("2026-11-24T10:15:00Z");
const RANGES = [
  { range: "90d" },
  { range: "12m", window: "30" },
  { range: "custom", from: "2026-03-01", to: "2026-05-31", window: "30" },
  { range: "30d", window: "365" },
];

type Figures = Record<string, number>;

describe.each(testDatabases)("dashboard figures on $name", (database) => {
  let sql: SqlClient;
  let db: PrismaClient;
  const sessions: Record<"manager" | "rep", AppSession> = {} as never;

  const session = async (role: "MANAGER" | "SALES", email: string): Promise<AppSession> => {
    const u = await db.user.findFirstOrThrow({ where: { role, email } });
    return {
      userId: u.id,
      role,
      email: u.email,
      name: u.name,
      locale: "en",
      timeZone: REPORTING_TIME_ZONE,
      teamId: u.teamId,
      customerId: null,
    };
  };

  /** The figures by the definitions, from the leads themselves. */
  async function expected(s: AppSession, f: DashboardFilters): Promise<Figures> {
    const scope = s.role === "MANAGER" ? "TRUE" : `l."ownerId" = '${s.userId}'::uuid`;
    const w = f.conversionWindowDays;
    const [row] = await sql.query<Figures>(
      `WITH c AS (
         SELECT l.*, l."closedAt" IS NOT NULL AND l."closedAt" - l."createdAt" <= make_interval(days => ${w}) AS decided,
           CASE l.stage WHEN 'NEW' THEN 0 WHEN 'CONTACTED' THEN 1 WHEN 'QUALIFIED' THEN 2 WHEN 'PROPOSAL' THEN 3
             WHEN 'LOST' THEN CASE l."lostFromStage" WHEN 'CONTACTED' THEN 1 WHEN 'QUALIFIED' THEN 2 WHEN 'PROPOSAL' THEN 3 ELSE 0 END
             ELSE 4 END AS rank
         FROM "Lead" l WHERE l."createdAt" >= $1 AND l."createdAt" < $2 AND ${scope})
       SELECT count(*)::int AS total,
         count(*) FILTER (WHERE rank >= 1 OR stage = 'WON')::int AS "reached1",
         count(*) FILTER (WHERE rank >= 2 OR stage = 'WON')::int AS "reached2",
         count(*) FILTER (WHERE rank >= 3 OR stage = 'WON')::int AS "reached3",
         count(*) FILTER (WHERE stage = 'WON' AND decided)::int AS won,
         count(*) FILTER (WHERE stage = 'LOST' AND decided)::int AS lost,
         count(*) FILTER (WHERE stage = 'LOST' AND decided AND rank = 0)::int AS "lostAtNew",
         count(*) FILTER (WHERE stage = 'LOST' AND decided AND rank = 1)::int AS "lostAtContacted",
         count(*) FILTER (WHERE stage = 'LOST' AND decided AND rank = 2)::int AS "lostAtQualified",
         count(*) FILTER (WHERE stage = 'LOST' AND decided AND rank = 3)::int AS "lostAtProposal",
         count(*) FILTER (WHERE "createdAt" >= $3)::int AS maturing,
         count("firstResponseMinutes")::int AS answered,
         -- Measured against the SLA: answered, closed unanswered, or still unanswered past the due time.
         count(*) FILTER (WHERE "firstResponseMinutes" IS NOT NULL OR stage IN ('WON', 'LOST') OR "slaDueAt" <= $4)::int AS measured,
         count(*) FILTER (WHERE "firstResponseMinutes" <= "slaMinutes")::int AS "withinSla"
       FROM c`,
      [f.from, f.to, new Date(Math.max(f.from.getTime(), NOW.getTime() - w * 864e5)), NOW],
    );
    const [now] = await sql.query<Figures>(
      `SELECT count(*) FILTER (WHERE l."slaDueAt" < $1)::int AS "breachingNow", count(*)::int AS "openLeads",
         count(*) FILTER (WHERE l."lastActivityAt" < $1::timestamptz - make_interval(days => ${f.staleAfterDays}))::int AS stale
       FROM "Lead" l WHERE l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL') AND ${scope}`,
      [NOW],
    );
    return { ...row, ...now };
  }

  /** The same figures as the dashboard's server functions give them. */
  async function shown(s: AppSession, f: DashboardFilters): Promise<Figures> {
    const [funnel, sources, speed, pipeline] = await Promise.all([
      getJourneyFunnel(db, s, f, NOW),
      getSourceConversion(db, s, f),
      getSpeedToLead(db, s, f, NOW),
      getPipeline(db, s, f, NOW),
    ]);
    const r = funnel.rows;
    expect(sources.total.won).toBe(r[4].reached);
    return {
      total: funnel.total,
      reached1: r[1].reached,
      reached2: r[2].reached,
      reached3: r[3].reached,
      won: sources.total.won,
      lost: sources.total.lost,
      lostAtNew: r[0].lost,
      lostAtContacted: r[1].lost,
      lostAtQualified: r[2].lost,
      lostAtProposal: r[3].lost,
      maturing: funnel.maturing,
      answered: speed.total.answered,
      measured: speed.total.measured,
      withinSla: speed.total.withinSla,
      breachingNow: speed.breachingNow,
      openLeads: pipeline.openLeads,
      stale: pipeline.stale,
    };
  }

  async function compareAll() {
    for (const role of ["manager", "rep"] as const) {
      for (const params of RANGES) {
        const f = parseDashboardFilters(params, NOW, REPORTING_TIME_ZONE);
        const [want, got] = await Promise.all([expected(sessions[role], f), shown(sessions[role], f)]);
        expect(got, `${role} ${JSON.stringify(params)}`).toEqual(want);
      }
    }
  }

  beforeAll(async () => {
    sql = await database.open();
    await seedDatabase(sql, { customers: 150, now: NOW });
    db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    sessions.manager = await session("MANAGER", "manager@reise.test");
    sessions.rep = await session("SALES", "sales@reise.test");
  }, 180_000);
  afterAll(async () => {
    await db?.$disconnect();
    await sql?.close();
  });

  it("match the definitions for a manager and a rep over every range", async () => {
    const f = parseDashboardFilters(RANGES[2], NOW, REPORTING_TIME_ZONE);
    // The data has what the comparison is about: losses both inside and after a 30-day window.
    const outside = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Lead" WHERE stage = 'LOST' AND "createdAt" >= $1 AND "createdAt" < $2
         AND "closedAt" - "createdAt" > interval '30 days'`,
      [f.from, f.to],
    );
    expect(outside[0].n).toBeGreaterThan(0);
    await compareAll();
  });

  it("still match after the response times change under Settings: past leads keep their promise", async () => {
    const f = parseDashboardFilters(RANGES[0], NOW, REPORTING_TIME_ZONE);
    const before = await shown(sessions.manager, f);
    const config = {
      ...DEFAULT_SLA_CONFIG,
      minutesByChannel: { ...DEFAULT_SLA_CONFIG.minutesByChannel, CHAT: 5, WEB: 10 },
    };
    expect(await saveSlaConfig(db, sessions.manager, config)).toMatchObject({ ok: true });
    expect((await shown(sessions.manager, f)).withinSla).toBe(before.withinSla);
    await compareAll();
  });

  it("still match after a customer with an open lead is erased", async () => {
    const [lead] = await sql.query<{ customerId: string; name: string; id: string }>(
      `SELECT l.id, l."customerId", c.name FROM "Lead" l JOIN "Customer" c ON c.id = l."customerId"
        WHERE l.stage = 'QUALIFIED' AND l."ownerId" = $1 AND c."erasedAt" IS NULL ORDER BY l."createdAt" DESC LIMIT 1`,
      [sessions.rep.userId],
    );
    expect(
      await eraseCustomer(db, sessions.manager, { customerId: lead.customerId, confirmName: lead.name }, NOW),
    ).toEqual({ ok: true, alreadyErased: false });
    expect(await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      stage: "LOST",
      lostFromStage: "QUALIFIED",
    });
    await compareAll();
  });
});
