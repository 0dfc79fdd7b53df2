import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDashboardFilters } from "@/lib/kpi/filters";
import { testDatabases } from "@/test/worlds/databases";
import { NOW, openAnalyticsWorld, type AnalyticsWorld } from "@/test/worlds/analytics-world";
import { getSourceConversion } from "@/server/analytics/sources";
import { getSpeedToLead } from "@/server/analytics/speed";
import { getPipeline } from "@/server/analytics/pipeline";
import { getGoalProgress, getGoalSettings } from "./queries";
import { setGoal, setWeeklyReport } from "./service";

// Goals on the analytics world (test/worlds/analytics-world.ts): who may set and read them, and
// actuals that equal the dashboard's own figures for the same month, rep and team.

const goal = (
  kind: "user" | "team",
  targetId: string,
  figures: Partial<Record<"answeredWithinSla" | "wonDeals" | "wonValue", number | null>> & {
    currency?: "NOK" | "DKK" | "EUR";
  },
) => ({
  month: "2026-05",
  kind,
  targetId,
  answeredWithinSla: null,
  wonDeals: null,
  wonValue: null,
  currency: "NOK" as const,
  ...figures,
});

describe.each(testDatabases)("goals on $name", (database) => {
  let w: AnalyticsWorld;
  beforeAll(async () => {
    w = await openAnalyticsWorld(database);
  });
  afterAll(async () => w?.close());

  it("lets a manager set any rep's or team's goal, audited; never a rep", async () => {
    const { repA, repB, teamA, teamB } = w.ids;
    expect(await setGoal(w.db, w.salesA, goal("user", repA, { wonDeals: 99 }))).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await setGoal(w.db, w.salesA, goal("team", teamA, { wonDeals: 99 }))).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await getGoalSettings(w.db, w.salesA, "2026-05")).toBeNull();
    // Managers are not limited to a team anywhere in Reise: a manager in team A sets team B's goal.
    const managerOfA = { ...w.manager, teamId: teamA };
    expect(await setGoal(w.db, managerOfA, goal("team", teamB, { wonDeals: 4 }))).toEqual({ ok: true, cleared: false });
    expect(
      await setGoal(w.db, w.manager, goal("user", repA, { answeredWithinSla: 5, wonDeals: 2, wonValue: 1000 })),
    ).toEqual({ ok: true, cleared: false });
    expect(await setGoal(w.db, w.manager, goal("user", repB, { wonDeals: 1 }))).toEqual({ ok: true, cleared: false });
    expect(await setGoal(w.db, w.manager, goal("team", teamA, { answeredWithinSla: 10 }))).toEqual({
      ok: true,
      cleared: false,
    });
    // A manager is no sales rep: goals are for the reps whose leads the dashboard counts.
    expect(await setGoal(w.db, w.manager, goal("user", w.manager.userId, { wonDeals: 1 }))).toEqual({
      ok: false,
      reason: "not_found",
    });
    const rows = await getGoalSettings(w.db, w.manager, "2026-05");
    expect(rows?.find((r) => r.id === repA)).toMatchObject({ answeredWithinSla: 5, wonDeals: 2, wonValue: 1000 });
    const audit = await w.db.auditLog.findMany({
      where: { entityType: "Goal" },
      select: { action: true, actorId: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["goal.set", "goal.set", "goal.set", "goal.set"]);
  });

  it("shows a rep only their own goal, a manager every goal or the team they narrowed to", async () => {
    const { repA, repB, teamA } = w.ids;
    const mine = await getGoalProgress(w.db, w.salesA, { months: ["2026-05"] }, NOW);
    expect(mine.map((r) => r.id)).toEqual([repA]);
    const all = await getGoalProgress(w.db, w.manager, { months: ["2026-05"] }, NOW);
    expect(all.map((r) => r.id).sort()).toEqual([repA, repB, teamA, w.ids.teamB].sort());
    const teamOnly = await getGoalProgress(w.db, w.manager, { months: ["2026-05"], teamId: teamA }, NOW);
    expect(teamOnly.map((r) => r.id).sort()).toEqual([repA, teamA].sort());
    expect(await getGoalProgress(w.db, w.customer, { months: ["2026-05"] }, NOW)).toEqual([]);
    expect(await getGoalProgress(w.db, w.manager, { months: ["2026-04"] }, NOW)).toEqual([]);
  });

  it("counts the actuals exactly as the dashboard does, for a rep and for a team", async () => {
    const may = (extra: Record<string, string>) =>
      parseDashboardFilters(
        { range: "custom", from: "2026-05-01", to: "2026-05-31", window: "30", ...extra },
        NOW,
        "Europe/Oslo",
      );
    const rows = await getGoalProgress(w.db, w.manager, { months: ["2026-05"], conversionWindowDays: 30 }, NOW);
    const checked = [
      ["user", w.ids.repA, { rep: w.ids.repA }],
      ["user", w.ids.repB, { rep: w.ids.repB }],
      ["team", w.ids.teamA, { team: w.ids.teamA }],
      ["team", w.ids.teamB, { team: w.ids.teamB }],
    ] as const;
    let anything = 0;
    for (const [kind, id, extra] of checked) {
      const f = may(extra);
      const [speed, sources, pipeline] = await Promise.all([
        getSpeedToLead(w.db, w.manager, f, NOW),
        getSourceConversion(w.db, w.manager, f),
        getPipeline(w.db, w.manager, f, NOW),
      ]);
      const row = rows.find((r) => r.kind === kind && r.id === id)!;
      expect(row.answeredWithinSla.actual, `${kind} within SLA`).toBe(speed.total.withinSla);
      expect(row.wonDeals.actual, `${kind} won`).toBe(sources.total.won);
      const nok = pipeline.velocity.find((v) => v.currency === "NOK");
      const wonNok = nok?.avgWonMinor ? Math.round((nok.avgWonMinor * sources.total.won) / 100) : 0;
      if (kind === "user" && id === w.ids.repA) expect(row.wonValue.actual).toBe(wonNok);
      anything += row.answeredWithinSla.actual + row.wonDeals.actual;
    }
    // The world has answers and wins in May: a test of zeros against zeros would prove nothing.
    expect(anything).toBeGreaterThan(0);
    // The rep sees the same figure for their own goal.
    const mine = await getGoalProgress(w.db, w.salesA, { months: ["2026-05"], conversionWindowDays: 30 }, NOW);
    expect(mine[0].wonDeals).toEqual(rows.find((r) => r.id === w.ids.repA)!.wonDeals);
  });

  it("keeps a goal's won value in the currency the manager chose, and counts the wins in it", async () => {
    const { teamB } = w.ids;
    expect(await setGoal(w.db, w.manager, goal("team", teamB, { wonValue: 500, currency: "DKK" }))).toEqual({
      ok: true,
      cleared: false,
    });
    const settings = await getGoalSettings(w.db, w.manager, "2026-05");
    expect(settings?.find((r) => r.id === teamB)).toMatchObject({ wonValue: 500, currency: "DKK" });
    const progress = await getGoalProgress(w.db, w.manager, { months: ["2026-05"], conversionWindowDays: 30 }, NOW);
    const row = progress.find((r) => r.kind === "team" && r.id === teamB)!;
    expect(row.currency).toBe("DKK");
    // Only the team's wins in Danish kroner count toward it (the world's wins are in kroner of Norway).
    expect(row.wonValue).toEqual({ target: 500, actual: 0 });
    // Changing only the currency is a change, and audited.
    expect(await setGoal(w.db, w.manager, goal("team", teamB, { wonValue: 500, currency: "EUR" }))).toEqual({
      ok: true,
      cleared: false,
    });
    expect((await w.db.goal.findFirst({ where: { teamId: teamB } }))?.currency).toBe("EUR");
    // A form from before the currency select (a tab open across a deploy) keeps the goal's currency.
    expect(await setGoal(w.db, w.manager, { ...goal("team", teamB, { wonValue: 600 }), currency: undefined })).toEqual({
      ok: true,
      cleared: false,
    });
    expect(await w.db.goal.findFirst({ where: { teamId: teamB } })).toMatchObject({ wonValue: 600, currency: "EUR" });
  });

  it("removes a goal whose figures are all emptied, and lets only managers switch the weekly report", async () => {
    expect(await setGoal(w.db, w.manager, goal("user", w.ids.repB, {}))).toEqual({ ok: true, cleared: true });
    expect(await w.db.goal.count({ where: { userId: w.ids.repB } })).toBe(0);
    expect(await setWeeklyReport(w.db, w.salesA, false)).toBe(false);
    expect(await setWeeklyReport(w.db, w.manager, false)).toBe(true);
    expect((await w.db.user.findUnique({ where: { id: w.manager.userId } }))?.weeklyReport).toBe(false);
  });
});
