import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { moveLeadStage } from "./stage-service";
import { reopenLead, stageLostFrom } from "./reopen-service";

// Reopening a lost lead: managers only, version-checked, only from LOST, audited as lead.reopened
// with the reason it was lost for; the form offers the stage the lead was lost from.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const NOW = new Date("2026-11-24T09:15:00Z");
const LATER = new Date("2026-11-25T10:00:00Z");

describe.each(testDatabases)("reopenLead on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
    db.client = w.db;
  });
  afterAll(async () => w?.close());

  /** A rep's lead moved to QUALIFIED, then lost: the trail says where it was lost from. */
  async function lostLead() {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    expect(
      await moveLeadStage(w.db, w.sales, { leadId: lead.id, stage: "QUALIFIED", lostReason: null }, NOW),
    ).toMatchObject({ ok: true });
    expect(
      await moveLeadStage(w.db, w.sales, { leadId: lead.id, stage: "LOST", lostReason: "Chose a competitor" }, NOW),
    ).toMatchObject({ ok: true, version: 2 });
    return lead;
  }
  const row = (id: string) =>
    w.db.lead.findUniqueOrThrow({
      where: { id },
      select: { stage: true, closedAt: true, lostReason: true, version: true, stageChangedAt: true },
    });
  const reopenAudits = (id: string) =>
    w.db.auditLog.findMany({ where: { entityId: id, action: "lead.reopened" }, select: { actorId: true, data: true } });

  it("lets a manager reopen a lost lead to the chosen stage, and audits it with the old reason", async () => {
    const lead = await lostLead();
    expect(await stageLostFrom(w.manager, lead.id)).toBe("QUALIFIED");
    expect(await reopenLead(w.db, w.manager, { leadId: lead.id, version: 2, stage: "PROPOSAL" }, LATER)).toEqual({
      ok: true,
      version: 3,
    });
    expect(await row(lead.id)).toEqual({
      stage: "PROPOSAL",
      closedAt: null,
      lostReason: null,
      version: 3,
      stageChangedAt: LATER,
    });
    expect(await reopenAudits(lead.id)).toEqual([
      {
        actorId: w.manager.userId,
        data: { from: "LOST", to: "PROPOSAL", lostReason: "Chose a competitor", closedAt: NOW.toISOString() },
      },
    ]);
  });

  it("refuses reps, even the lead's owner, and changes nothing", async () => {
    const lead = await lostLead();
    expect(await reopenLead(w.db, w.sales, { leadId: lead.id, version: 2, stage: "CONTACTED" }, LATER)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await reopenLead(w.db, w.customer, { leadId: lead.id, version: 2, stage: "CONTACTED" }, LATER)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(
      await reopenLead(w.db, { ...w.manager, apiKeyId: "key" }, { leadId: lead.id, version: 2, stage: "NEW" }, LATER),
    ).toEqual({ ok: false, reason: "not_found" });
    expect((await row(lead.id)).stage).toBe("LOST");
    expect(await reopenAudits(lead.id)).toEqual([]);
  });

  it("reports a stale version as a conflict, and a lead that is not lost as such", async () => {
    const lead = await lostLead();
    expect(await reopenLead(w.db, w.manager, { leadId: lead.id, version: 1, stage: "CONTACTED" }, LATER)).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await reopenLead(w.db, w.manager, { leadId: lead.id, version: 2, stage: "CONTACTED" }, LATER)).toMatchObject(
      {
        ok: true,
      },
    );
    // The same form sent again: the lead has moved on.
    expect(await reopenLead(w.db, w.manager, { leadId: lead.id, version: 2, stage: "CONTACTED" }, LATER)).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await reopenLead(w.db, w.manager, { leadId: lead.id, version: 3, stage: "CONTACTED" }, LATER)).toEqual({
      ok: false,
      reason: "not_lost",
    });
    const won = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW, stage: "WON" });
    expect(await reopenLead(w.db, w.manager, { leadId: won.id, version: 0, stage: "CONTACTED" }, LATER)).toEqual({
      ok: false,
      reason: "not_lost",
    });
    expect(await reopenAudits(lead.id)).toHaveLength(1);
  });

  it("offers the stage any closing recorded, and CONTACTED when the lead does not say (an import)", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    await w.db.lead.update({ where: { id: lead.id }, data: { stage: "LOST", closedAt: NOW } });
    expect(await stageLostFrom(w.manager, lead.id)).toBe("NEW");
    // An import brings its leads closed, with no stage to say.
    await w.db.lead.update({ where: { id: lead.id }, data: { lostFromStage: null } });
    const imported = lead;
    expect(await stageLostFrom(w.manager, imported.id)).toBe("CONTACTED");
  });
});
