import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { claimLead, reassignLead } from "./assignment-service";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";

const NOW = new Date("2026-11-24T09:15:00Z");

describe.each(testDatabases)("lead assignment on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  const owner = async (id: string) => (await w.db.lead.findUniqueOrThrow({ where: { id } })).ownerId;
  const audits = (id: string) =>
    w.db.auditLog.findMany({ where: { entityId: id }, select: { action: true, actorId: true, data: true } });

  it("lets a rep claim an unassigned lead once; a second rep finds it taken", async () => {
    const lead = await makeLead(w.db, { now: NOW });
    expect(await claimLead(w.db, w.sales, { leadId: lead.id, version: 0 })).toEqual({ ok: true, leadVersion: 1 });
    expect(await claimLead(w.db, w.sales2, { leadId: lead.id, version: 0 })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await owner(lead.id)).toBe(w.sales.userId);
    expect(await audits(lead.id)).toEqual([
      { action: "lead.claimed", actorId: w.sales.userId, data: { from: null, to: w.sales.userId } },
    ]);
  });

  it("reports a stale claim as a conflict or as taken, never overwriting", async () => {
    const lead = await makeLead(w.db, { now: NOW });
    expect(await claimLead(w.db, w.sales, { leadId: lead.id, version: 7 })).toEqual({ ok: false, reason: "conflict" });
    expect(await owner(lead.id)).toBeNull();
  });

  it("lets only managers reassign, and only to an active sales rep", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    expect(await reassignLead(w.db, w.sales, { leadId: lead.id, version: 0, ownerId: w.sales.userId })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await reassignLead(w.db, w.manager, { leadId: lead.id, version: 0, ownerId: w.customer.userId })).toEqual({
      ok: false,
      reason: "owner_invalid",
    });
    expect(await reassignLead(w.db, w.manager, { leadId: lead.id, version: 0, ownerId: crypto.randomUUID() })).toEqual({
      ok: false,
      reason: "owner_invalid",
    });
    expect(await reassignLead(w.db, w.manager, { leadId: lead.id, version: 0, ownerId: w.sales2.userId })).toEqual({
      ok: true,
      leadVersion: 1,
    });
    expect(await reassignLead(w.db, w.manager, { leadId: lead.id, version: 0, ownerId: w.sales.userId })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await owner(lead.id)).toBe(w.sales2.userId);
    expect(await audits(lead.id)).toEqual([
      { action: "lead.reassigned", actorId: w.manager.userId, data: { from: w.sales.userId, to: w.sales2.userId } },
    ]);
  });

  it("does not reassign to a disabled rep", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const gone = await w.db.user.create({
      data: { email: `gone-${crypto.randomUUID()}@t.test`, name: "Gone", role: "SALES", active: false },
    });
    expect(await reassignLead(w.db, w.manager, { leadId: lead.id, version: 0, ownerId: gone.id })).toEqual({
      ok: false,
      reason: "owner_invalid",
    });
  });
});
