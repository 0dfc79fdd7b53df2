import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoryTeamsSchema, readCategoryTeams } from "@/lib/validation/routing";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { setApiKeyTeam, setCampaignTeams, setCategoryTeams } from "./team-settings";

const NONE = { CAR: null, KITCHEN: null, BATHROOM: null, BUILDING_MATERIALS: null, TOOLS: null, GARDEN: null };

describe.each(testDatabases)("team settings on $name", (database) => {
  let w: IngestWorld;
  beforeAll(async () => {
    w = await openIngestWorld(database);
  });
  afterAll(async () => w?.close());
  const audit = (action: string) =>
    w.db.auditLog.findMany({ where: { action }, orderBy: { createdAt: "asc" }, select: { actorId: true, data: true } });

  it("gives categories to teams, moves one to another team, audits each change once", async () => {
    const first = { ...NONE, CAR: w.teams.car, BUILDING_MATERIALS: w.teams.build };
    expect(await setCategoryTeams(w.db, w.manager, first)).toEqual({ ok: true, changed: 2 });
    expect(await setCategoryTeams(w.db, w.manager, first)).toEqual({ ok: true, changed: 0 });
    // Garden moves to the store; one row per category, so never two owners.
    await setCategoryTeams(w.db, w.manager, { ...first, GARDEN: w.teams.car });
    await setCategoryTeams(w.db, w.manager, { ...first, GARDEN: w.teams.build, CAR: null });
    const rows = await w.db.teamCategory.findMany({ orderBy: { category: "asc" } });
    expect(rows.map((r) => [r.category, r.teamId])).toEqual([
      ["BUILDING_MATERIALS", w.teams.build],
      ["GARDEN", w.teams.build],
    ]);
    // One transaction's rows share a timestamp, so compared as a set.
    const changes = (await audit("team.categories_changed")).map((a) => a.data);
    expect(changes).toHaveLength(5);
    expect(changes).toEqual(
      expect.arrayContaining([
        { category: "CAR", from: null, to: w.teams.car },
        { category: "BUILDING_MATERIALS", from: null, to: w.teams.build },
        { category: "GARDEN", from: null, to: w.teams.car },
        { category: "CAR", from: w.teams.car, to: null },
        { category: "GARDEN", from: w.teams.car, to: w.teams.build },
      ]),
    );
  });

  it("refuses an unknown team and a non-manager", async () => {
    const ghost = "00000000-0000-4000-8000-0000000000ff";
    expect(await setCategoryTeams(w.db, w.manager, { ...NONE, TOOLS: ghost })).toEqual({ ok: false, reason: "team" });
    await expect(setCategoryTeams(w.db, { ...w.manager, role: "SALES" }, NONE)).rejects.toThrow(/managers only/);
    expect(await setApiKeyTeam(w.db, w.manager, { keyId: ghost, teamId: null })).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("sets a campaign's and a key's team, audited with from and to", async () => {
    const campaign = await w.db.campaign.create({
      data: { name: "Høstkampanje", channel: "EMAIL", startsAt: new Date("2026-11-01T00:00:00Z") },
    });
    expect(await setCampaignTeams(w.db, w.manager, [{ campaignId: campaign.id, teamId: w.teams.build }])).toEqual({
      ok: true,
      changed: 1,
    });
    expect(await setApiKeyTeam(w.db, w.manager, { keyId: w.key.id, teamId: w.teams.build })).toEqual({
      ok: true,
      changed: 1,
    });
    expect((await w.db.apiKey.findUniqueOrThrow({ where: { id: w.key.id } })).teamId).toBe(w.teams.build);
    expect((await audit("apiKey.team_changed"))[0]).toEqual({
      actorId: w.manager.userId,
      data: { from: null, to: w.teams.build },
    });
    expect((await audit("campaign.team_changed"))[0].data).toEqual({ from: null, to: w.teams.build });
  });

  it("the form's fields parse to a team or none, and refuse anything else", () => {
    const form = new FormData();
    form.set("CAR", w.teams.car);
    expect(categoryTeamsSchema.parse(readCategoryTeams(form))).toEqual({ ...NONE, CAR: w.teams.car });
    form.set("CAR", "'; drop table");
    expect(categoryTeamsSchema.safeParse(readCategoryTeams(form)).success).toBe(false);
  });
});
