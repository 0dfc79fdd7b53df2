import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { parseDashboardFilters, type DashboardFilters } from "@/lib/kpi/filters";
import { leadListHref } from "@/lib/kpi/lead-links";
import { parseLeadFilters } from "@/lib/validation/lead-filters";
import type { AppSession } from "@/server/auth/session";
import { leadListSql } from "@/server/leads/list-queries";
import { testDatabases } from "@/test/worlds/databases";
import { NOW, openAnalyticsWorld, type AnalyticsWorld } from "@/test/worlds/analytics-world";
import { getJourneyFunnel } from "./funnel";
import { getPipeline } from "./pipeline";
import { getSourceConversion } from "./sources";
import { getSpeedToLead } from "./speed";

// Every linked dashboard figure against the lead list its link opens: the list's own query
// (server/leads/list-queries.ts) with the filters read back from the link's URL must return exactly
// as many leads as the figure says, for a manager (everyone, a team, a rep) and for a sales rep,
// over several ranges. A figure and its list computed by different SQL can only agree if the link
// carries the scope, the range on its instants, the outcome and both views.

type Case = { name: string; session: (w: AnalyticsWorld) => AppSession; params: (w: AnalyticsWorld) => object };

const RANGES = [
  { range: "custom", from: "2026-05-01", to: "2026-05-31" },
  { range: "custom", from: "2026-04-01", to: "2026-06-15" },
  { range: "30d" },
];

const CASES: Case[] = [
  { name: "a manager, everyone", session: (w) => w.manager, params: () => ({}) },
  { name: "a manager, team A", session: (w) => w.manager, params: (w) => ({ team: w.ids.teamA }) },
  { name: "a manager, rep B", session: (w) => w.manager, params: (w) => ({ rep: w.ids.repB }) },
  { name: "a manager, a campaign", session: (w) => w.manager, params: (w) => ({ campaign: w.ids.campaign }) },
  { name: "sales rep A", session: (w) => w.salesA, params: () => ({}) },
];

describe.each(testDatabases)("dashboard click-throughs on $name", (database) => {
  let w: AnalyticsWorld;
  beforeAll(async () => {
    w = await openAnalyticsWorld(database);
  });
  afterAll(async () => w?.close());

  /** How many leads the list shows for a link, across all its pages. */
  async function listCount(session: AppSession, href: string): Promise<number> {
    const filters = parseLeadFilters(new URLSearchParams(href.split("?")[1] ?? ""));
    const rows = await w.db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT page.id FROM (${leadListSql(session, filters, NOW)}) page`,
    );
    expect(rows.length).toBeLessThan(50); // one page holds the small world: no cursor to follow
    return rows.length;
  }

  describe.each(CASES)("for $name", (c) => {
    it.each(RANGES)("every linked figure equals its list's count (%o)", async (range) => {
      const session = c.session(w);
      const role = session.role === "MANAGER" ? "MANAGER" : "SALES";
      const f: DashboardFilters = parseDashboardFilters(
        { window: "30", ...range, ...c.params(w) } as Record<string, string>,
        NOW,
        "Europe/Oslo",
      );
      const [funnel, pipeline, speed, sources] = await Promise.all([
        getJourneyFunnel(w.db, session, f, NOW),
        getPipeline(w.db, session, f, NOW),
        getSpeedToLead(w.db, session, f, NOW),
        getSourceConversion(w.db, session, f),
      ]);
      const pairs: [string, number, string][] = [
        ["funnel: created", funnel.rows[0]?.reached ?? 0, leadListHref(f, role, { created: true })],
        ["speed: breaching now", speed.breachingNow, leadListHref(f, role, { breach: true })],
        ...pipeline.byStage.map(
          (r) =>
            [`pipeline: ${r.stage}`, r.leads, leadListHref(f, role, { stage: r.stage })] as [string, number, string],
        ),
        ...sources.byChannel.map(
          (r) =>
            [`sources: ${r.key}`, r.leads, leadListHref(f, role, { channel: r.key, created: true })] as [
              string,
              number,
              string,
            ],
        ),
        ...sources.byCampaign
          .filter((r) => r.key)
          .map(
            (r) =>
              [`campaign: ${r.key}`, r.leads, leadListHref(f, role, { campaign: r.key, created: true })] as [
                string,
                number,
                string,
              ],
          ),
      ];
      // A speed row's channel opens the same leads as the sources row of that channel: those created in the range.
      for (const r of speed.byChannel) {
        const source = sources.byChannel.find((s) => s.key === r.key);
        expect(leadListHref(f, role, { channel: r.key, created: true })).toBe(
          leadListHref(f, role, { channel: source?.key ?? r.key, created: true }),
        );
      }
      const got = await Promise.all(pairs.map(async ([name, , href]) => [name, await listCount(session, href)]));
      expect(got).toEqual(pairs.map(([name, n]) => [name, n]));
      // Not a comparison of zeros: for everyone, most links open leads.
      if (c.name === "a manager, everyone") expect(pairs.filter(([, n]) => n > 0).length).toBeGreaterThan(3);
    });
  });
});
