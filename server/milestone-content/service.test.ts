import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { deleteMilestoneContent, listMilestoneContent, saveMilestoneContent } from "./service";

const filter = { category: "KITCHEN", milestone: "IN_PRODUCTION", locale: "da" } as const;
const item = (extra = {}) => ({
  id: null,
  version: 0,
  ...filter,
  position: 0,
  title: "Gør rummet klar",
  body: "Tøm rummet.",
  linkUrl: null,
  ...extra,
});

describe.each(testDatabases)("milestone content on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  it("lets only managers read and write, with an audit row per change", async () => {
    expect(await listMilestoneContent(w.db, w.sales, filter)).toBeNull();
    expect(await saveMilestoneContent(w.db, w.sales, item())).toEqual({ ok: false, reason: "not_found" });
    const created = await saveMilestoneContent(w.db, w.manager, item());
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : "";
    expect(await listMilestoneContent(w.db, w.manager, filter)).toMatchObject([
      { id, title: "Gør rummet klar", version: 0 },
    ]);
    expect(await saveMilestoneContent(w.db, w.manager, item({ id, version: 0, title: "Gør køkkenet klar" }))).toEqual({
      ok: true,
      id,
    });
    expect(await deleteMilestoneContent(w.db, w.sales, { id, version: 1 })).toEqual({ ok: false, reason: "not_found" });
    expect(
      (await w.db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action),
    ).toEqual(["milestoneContent.created", "milestoneContent.updated"]);
  });

  it("refuses an edit or delete against an outdated version", async () => {
    const created = await saveMilestoneContent(w.db, w.manager, item({ title: "Hvidevarer" }));
    const id = created.ok ? created.id : "";
    await saveMilestoneContent(w.db, w.manager, item({ id, version: 0, title: "Hvidevarer og bordplade" }));
    expect(await saveMilestoneContent(w.db, w.manager, item({ id, version: 0, title: "Gammel" }))).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await deleteMilestoneContent(w.db, w.manager, { id, version: 0 })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await deleteMilestoneContent(w.db, w.manager, { id, version: 1 })).toEqual({ ok: true, id });
    expect(await w.db.milestoneContent.count({ where: { id } })).toBe(0);
  });
});
