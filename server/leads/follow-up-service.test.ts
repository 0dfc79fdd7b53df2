import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowUpInput } from "@/lib/validation/follow-up";
import { DEFAULT_SLA_CONFIG } from "@/lib/sla";
import { testDatabases } from "@/test/worlds/databases";
import { saveSlaConfig } from "@/server/settings/sla";
import { logFollowUp } from "./follow-up-service";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";

// Tuesday 24 November 2026, 10:15 in Oslo: inside business hours.
const NOW = new Date("2026-11-24T09:15:00Z");
const TOMORROW = new Date("2026-11-25T08:30:00Z");

function call(leadId: string, version: number, extra: Partial<FollowUpInput> = {}): FollowUpInput {
  return {
    leadId,
    version,
    idempotencyKey: crypto.randomUUID(),
    type: "CALL",
    outcome: "REACHED",
    note: "Wants it before Christmas",
    nextFollowUpAt: TOMORROW,
    stage: null,
    lostReason: null,
    ...extra,
  };
}

describe.each(testDatabases)("logFollowUp on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  const snapshot = async (leadId: string) => ({
    lead: await w.db.lead.findUniqueOrThrow({ where: { id: leadId } }),
    followUps: await w.db.followUp.count({ where: { leadId } }),
    touchpoints: await w.db.touchpoint.count({ where: { leadId } }),
    audits: await w.db.auditLog.count({ where: { entityId: leadId } }),
  });

  it("writes the follow-up, its outbound touchpoint and the lead's new state, and stops the clock", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW, waitingMinutes: 60 });
    const result = await logFollowUp(w.db, w.sales, call(lead.id, 0), NOW);
    expect(result).toMatchObject({ ok: true, replayed: false, leadVersion: 1 });

    const after = await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(after).toMatchObject({
      version: 1,
      waitingSince: null,
      slaDueAt: null,
      lastActivityAt: NOW,
      nextFollowUpAt: TOMORROW,
      // The chat came in at 09:15 Oslo time: 60 business minutes before the answer.
      firstResponseAt: NOW,
      firstResponseMinutes: 60,
      stage: "NEW",
      ownerId: w.sales.userId,
    });
    const followUp = await w.db.followUp.findFirstOrThrow({
      where: { leadId: lead.id },
      include: { touchpoint: true },
    });
    expect(followUp).toMatchObject({
      authorId: w.sales.userId,
      type: "CALL",
      outcome: "REACHED",
      note: "Wants it before Christmas",
      nextFollowUpAt: TOMORROW,
    });
    expect(followUp.touchpoint).toMatchObject({
      leadId: lead.id,
      customerId: lead.customerId,
      actorId: w.sales.userId,
      occurredAt: NOW,
      channel: "PHONE",
      kind: "CALL",
      direction: "OUTBOUND",
      phase: "BEFORE",
      owner: "BRAND",
      summary: "Call: reached — Wants it before Christmas",
    });
  });

  it("keeps the clock running after a call nobody answered; the call that reaches the customer stops it", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW, waitingMinutes: 60 });
    const before = await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(await logFollowUp(w.db, w.sales, call(lead.id, 0, { outcome: "NO_ANSWER" }), NOW)).toMatchObject({
      ok: true,
    });
    const attempted = await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(attempted).toMatchObject({
      version: 1,
      waitingSince: before.waitingSince,
      slaDueAt: before.slaDueAt,
      firstResponseAt: null,
      firstResponseMinutes: null,
      lastActivityAt: NOW,
    });
    expect(await w.db.followUp.count({ where: { leadId: lead.id, outcome: "NO_ANSWER" } })).toBe(1);

    const later = new Date(NOW.getTime() + 30 * 60_000);
    expect(await logFollowUp(w.db, w.sales, call(lead.id, 1, { outcome: "REACHED" }), later)).toMatchObject({
      ok: true,
    });
    expect(await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      waitingSince: null,
      slaDueAt: null,
      firstResponseAt: later,
      firstResponseMinutes: 90,
    });
  });

  it("counts a written message or a voicemail as an answer, whatever its outcome", async () => {
    for (const input of [
      { type: "EMAIL", outcome: "NO_ANSWER" },
      { type: "CALL", outcome: "LEFT_MESSAGE" },
    ] as const) {
      const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW, waitingMinutes: 60 });
      await logFollowUp(w.db, w.sales, call(lead.id, 0, input), NOW);
      expect(await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } }), input.type).toMatchObject({
        waitingSince: null,
        slaDueAt: null,
        firstResponseAt: NOW,
      });
    }
  });

  it("answers a second submit with the same key with the first row, and creates nothing more", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const input = call(lead.id, 0);
    const first = await logFollowUp(w.db, w.sales, input, NOW);
    const second = await logFollowUp(w.db, w.sales, input, new Date(NOW.getTime() + 400));
    expect(first.ok && second.ok).toBe(true);
    expect(second).toMatchObject({ replayed: true, followUpId: first.ok ? first.followUpId : "" });
    const s = await snapshot(lead.id);
    expect(s.followUps).toBe(1);
    expect(s.touchpoints).toBe(2); // the customer's chat and our one call
    expect(s.lead.version).toBe(1);
  });

  it("keeps one follow-up when a double submit's twins run at the same time", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const input = call(lead.id, 0);
    const results = await Promise.all([logFollowUp(w.db, w.sales, input, NOW), logFollowUp(w.db, w.sales, input, NOW)]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect((await snapshot(lead.id)).followUps).toBe(1);
  });

  it("refuses a stale version as a conflict and writes nothing", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    await logFollowUp(w.db, w.sales, call(lead.id, 0), NOW);
    const before = await snapshot(lead.id);
    const result = await logFollowUp(w.db, w.manager, call(lead.id, 0, { stage: "LOST", lostReason: "Too slow" }), NOW);
    expect(result).toEqual({ ok: false, reason: "conflict" });
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("refuses a rep on another rep's lead, and a customer anywhere, without writing", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const before = await snapshot(lead.id);
    expect(await logFollowUp(w.db, w.sales2, call(lead.id, 0), NOW)).toEqual({ ok: false, reason: "not_found" });
    expect(await logFollowUp(w.db, w.customer, call(lead.id, 0), NOW)).toEqual({ ok: false, reason: "not_found" });
    expect(await logFollowUp(w.db, w.sales, call(crypto.randomUUID(), 0), NOW)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await snapshot(lead.id)).toEqual(before);
  });

  it("refuses a key already used by someone else instead of showing them that row", async () => {
    const lead = await makeLead(w.db, { ownerId: null, now: NOW });
    const input = call(lead.id, 0);
    await logFollowUp(w.db, w.sales, input, NOW);
    expect(await logFollowUp(w.db, w.manager, { ...input, version: 2 }, NOW)).toEqual({
      ok: false,
      reason: "key_reused",
    });
  });

  it("counts the first response in the business hours a manager set", async () => {
    // Open from 09:45 instead of 08:00: of the hour since the 09:15 chat, 30 minutes were open.
    const hours = { ...DEFAULT_SLA_CONFIG.hours, start: "09:45" };
    expect(await saveSlaConfig(w.db, w.manager, { ...DEFAULT_SLA_CONFIG, hours })).toMatchObject({ ok: true });
    try {
      const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW, waitingMinutes: 60 });
      await logFollowUp(w.db, w.sales, call(lead.id, 0), NOW);
      expect(await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ firstResponseMinutes: 30 });
    } finally {
      await w.db.appSetting.delete({ where: { key: "sla" } });
    }
  });

  it("records the first response once; later follow-ups keep it", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW, waitingMinutes: 30 });
    await logFollowUp(w.db, w.sales, call(lead.id, 0), NOW);
    const later = new Date(NOW.getTime() + 3 * 3_600_000);
    await logFollowUp(w.db, w.sales, call(lead.id, 1, { type: "EMAIL", outcome: "PROPOSAL_SENT" }), later);
    const after = await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(after).toMatchObject({ firstResponseAt: NOW, firstResponseMinutes: 30, lastActivityAt: later, version: 2 });
  });

  it("lets a rep claim an unassigned lead by logging on it, with an audit row", async () => {
    const lead = await makeLead(w.db, { ownerId: null, now: NOW });
    await logFollowUp(w.db, w.sales2, call(lead.id, 0), NOW);
    expect((await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerId).toBe(w.sales2.userId);
    const audit = await w.db.auditLog.findMany({ where: { entityId: lead.id } });
    expect(audit).toMatchObject([
      { action: "lead.claimed", actorId: w.sales2.userId, data: { from: null, to: w.sales2.userId } },
    ]);
  });

  it("closes a lost lead with its reason and audits the stage change; a manager does not take it over", async () => {
    const lead = await makeLead(w.db, { ownerId: null, now: NOW });
    await logFollowUp(
      w.db,
      w.manager,
      call(lead.id, 0, { outcome: "NOT_INTERESTED", stage: "LOST", lostReason: "Bought elsewhere" }),
      NOW,
    );
    const after = await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(after).toMatchObject({
      stage: "LOST",
      lostReason: "Bought elsewhere",
      closedAt: NOW,
      stageChangedAt: NOW,
      nextFollowUpAt: null,
      ownerId: null,
    });
    const audit = await w.db.auditLog.findMany({ where: { entityId: lead.id } });
    expect(audit).toMatchObject([
      { action: "lead.stage_changed", data: { from: "NEW", to: "LOST", lostReason: "Bought elsewhere" } },
    ]);
  });

  it("files a follow-up after a win in the after-purchase phase, and the winning one during the purchase", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    await logFollowUp(w.db, w.sales, call(lead.id, 0, { type: "MEETING", stage: "WON" }), NOW);
    await logFollowUp(w.db, w.sales, call(lead.id, 1, { type: "SMS" }), NOW);
    const phases = await w.db.touchpoint.findMany({
      where: { leadId: lead.id, direction: "OUTBOUND" },
      orderBy: { phase: "asc" },
      select: { kind: true, channel: true, phase: true },
    });
    expect(phases).toEqual([
      { kind: "MEETING", channel: "STORE", phase: "DURING" },
      { kind: "SMS", channel: "SMS", phase: "AFTER" },
    ]);
  });
});
