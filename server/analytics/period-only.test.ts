import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDashboardFilters } from "@/lib/kpi/filters";
import { testDatabases } from "@/test/worlds/databases";
import { NOW, openAnalyticsWorld, type AnalyticsWorld } from "@/test/worlds/analytics-world";
import { getAfterPurchase } from "./after-purchase";
import { getPipeline } from "./pipeline";
import { getSourceConversion } from "./sources";
import { getSpeedToLead } from "./speed";

// The previous period's call skips what is counted as of now (it is the same in both periods) and the
// breakdowns the cards do not compare: the totals the cards compare must come out exactly as from
// the full call.

describe.each(testDatabases)("the previous period's figures on $name", (database) => {
  let w: AnalyticsWorld;
  beforeAll(async () => {
    w = await openAnalyticsWorld(database);
  });
  afterAll(async () => w?.close());

  it("are the full call's range figures, without the as-of-now counts", async () => {
    const f = parseDashboardFilters({ range: "custom", from: "2026-05-01", to: "2026-05-31" }, NOW, "Europe/Oslo");
    for (const session of [w.manager, w.salesA]) {
      const [pipeline, pipelineOnly] = await Promise.all([
        getPipeline(w.db, session, f, NOW),
        getPipeline(w.db, session, f, NOW, { periodOnly: true }),
      ]);
      expect(pipelineOnly.velocity).toEqual(pipeline.velocity);
      expect(pipelineOnly.openLeads).toBe(pipeline.openLeads);
      expect(pipelineOnly.stale).toBe(0);
      const [speed, speedOnly] = await Promise.all([
        getSpeedToLead(w.db, session, f, NOW),
        getSpeedToLead(w.db, session, f, NOW, { periodOnly: true }),
      ]);
      expect(speedOnly.total).toEqual(speed.total);
      expect([speedOnly.byRep, speedOnly.byChannel, speedOnly.byWeek]).toEqual([[], [], []]);
      expect(speed.byRep.length).toBeGreaterThan(0);
      const [sources, sourcesOnly] = await Promise.all([
        getSourceConversion(w.db, session, f),
        getSourceConversion(w.db, session, f, { periodOnly: true }),
      ]);
      expect(sourcesOnly.total).toEqual(sources.total);
      expect([sourcesOnly.byChannel, sourcesOnly.byCampaign, sourcesOnly.attribution.byChannel]).toEqual([[], [], []]);
      expect(sources.byChannel.length).toBeGreaterThan(0);
      const [after, afterOnly] = await Promise.all([
        getAfterPurchase(w.db, session, f, NOW),
        getAfterPurchase(w.db, session, f, NOW, { periodOnly: true }),
      ]);
      expect(afterOnly.cohorts).toEqual(after.cohorts);
      expect(afterOnly.tiers.map((r) => r.customers)).toEqual(after.tiers.map(() => 0));
      expect(after.tiers.some((r) => r.customers > 0)).toBe(true);
      // A test of zeros against zeros would prove nothing: the world has leads and answers in May.
      expect(pipeline.velocity.length + speed.total.answered).toBeGreaterThan(0);
    }
  });
});
