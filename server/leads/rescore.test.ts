import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";

// The page's read uses the app's one client; here it is the test world's.
let w: LeadWorld;
vi.mock("@/server/db", () => ({ getDb: async () => w.db }));
const { getLead } = await import("./record-queries");
const { rescoreOpenLeads } = await import("./rescore-job");

// One score everywhere (issue 22, defect 3): the list sorts and badges by the score stored on the
// lead, the lead page explains the score it computes from the customer's signals. Points fade (half
// their weight every 7 days), so a stored score left alone drifts from the page's: a lead that was
// HOT ten days ago still said HOT in the list. The background rescore keeps them the same.

const ASKED_AT = new Date("2026-11-10T09:00:00Z");
const TEN_DAYS_LATER = new Date("2026-11-20T09:00:00Z");

describe.each(testDatabases)("rescoring open leads on $name", (database) => {
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  it("brings the stored score and readiness down as the signals fade, and the lead page with it", async () => {
    // Asked about delivery time: 80 points, HOT, stored when the signal came in.
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: ASKED_AT, waitingMinutes: 0 });
    await w.db.lead.update({ where: { id: lead.id }, data: { score: 80, readiness: "HOT", scoredAt: ASKED_AT } });

    await rescoreOpenLeads(w.db, TEN_DAYS_LATER);
    const stored = await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect({ score: stored.score, readiness: stored.readiness }).toEqual({ score: 30, readiness: "WARM" });
    expect(stored.scoredAt).toEqual(TEN_DAYS_LATER);
    const page = await getLead(w.sales, lead.id, TEN_DAYS_LATER);
    expect(page?.score).toMatchObject({ score: 30, readiness: "WARM", reasons: [{ points: 30 }] });
  });

  it("shows on the lead page the score the list shows, even between two rescores", async () => {
    // 71.5 h after the question the lead is still HOT (60 points); 40 minutes later, past the
    // 72-hour line, a fresh computation says WARM (59), but the list says HOT until the next
    // rescore, and so does the page: one value everywhere, explained by the points it was made of.
    const asked = new Date("2026-11-02T09:00:00Z");
    const scoredAt = new Date(asked.getTime() + 71.5 * 3_600_000);
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: asked, waitingMinutes: 0 });
    await rescoreOpenLeads(w.db, scoredAt);
    const stored = await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect({ score: stored.score, readiness: stored.readiness }).toEqual({ score: 60, readiness: "HOT" });

    const page = await getLead(w.sales, lead.id, new Date(scoredAt.getTime() + 40 * 60_000));
    expect(page?.score).toMatchObject({ score: 60, readiness: "HOT", reasons: [{ points: 60 }] });
  });

  it("leaves a lead scored within the hour alone, and closed leads too", async () => {
    const fresh = await makeLead(w.db, { ownerId: w.sales.userId, now: TEN_DAYS_LATER, waitingMinutes: 0 });
    await w.db.lead.update({
      where: { id: fresh.id },
      data: { score: 1, scoredAt: new Date(TEN_DAYS_LATER.getTime() - 60_000) },
    });
    const won = await makeLead(w.db, { ownerId: w.sales.userId, now: ASKED_AT, waitingMinutes: 0, stage: "WON" });
    await w.db.lead.update({ where: { id: won.id }, data: { score: 80 } });

    await rescoreOpenLeads(w.db, TEN_DAYS_LATER);
    expect((await w.db.lead.findUniqueOrThrow({ where: { id: fresh.id } })).score).toBe(1);
    expect((await w.db.lead.findUniqueOrThrow({ where: { id: won.id } })).score).toBe(80);
  });
});
