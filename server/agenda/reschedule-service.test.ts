import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { rescheduleFollowUp } from "./reschedule-service";

const NOW = new Date("2026-11-24T09:15:00Z");
const TOMORROW_NINE = new Date("2026-11-25T08:00:00Z");

describe.each(testDatabases)("rescheduleFollowUp on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  it("moves the follow-up, bumps the version and queues the reminder for the new time", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const result = await rescheduleFollowUp(w.db, w.sales, { leadId: lead.id, version: 0, at: TOMORROW_NINE });
    expect(result).toEqual({ ok: true, leadVersion: 1, nextFollowUpAt: TOMORROW_NINE });
    expect(await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      version: 1,
      nextFollowUpAt: TOMORROW_NINE,
    });
    const job = await w.db.job.findFirst({
      where: { kind: "follow-up.due", key: `${lead.id}:${TOMORROW_NINE.toISOString()}` },
    });
    expect(job?.runAt).toEqual(TOMORROW_NINE);
  });

  it("refuses a stale version, another rep's lead and a closed lead, changing nothing", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    expect(await rescheduleFollowUp(w.db, w.sales, { leadId: lead.id, version: 3, at: TOMORROW_NINE })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await rescheduleFollowUp(w.db, w.sales2, { leadId: lead.id, version: 0, at: TOMORROW_NINE })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await rescheduleFollowUp(w.db, w.customer, { leadId: lead.id, version: 0, at: TOMORROW_NINE })).toEqual({
      ok: false,
      reason: "not_found",
    });
    const won = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW, stage: "WON" });
    expect(await rescheduleFollowUp(w.db, w.sales, { leadId: won.id, version: 0, at: TOMORROW_NINE })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      version: 0,
      nextFollowUpAt: null,
    });
  });
});
