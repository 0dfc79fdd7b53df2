import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, makeLead, type LeadWorld } from "@/test/worlds/lead-world";
import { logFollowUp } from "@/server/leads/follow-up-service";
import { listAllLostReasons, listLostReasons, lostReasonLabels } from "./queries";
import { createLostReason, moveLostReason, updateLostReason } from "./service";

// The managers' list of lost reasons: the starting list every install gets, a manager's changes
// (audited; sales may not), what reps are offered, and the follow-up form's lost path taking one.

const NOW = new Date("2026-11-24T09:15:00Z");

describe.each(testDatabases)("lost reasons on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  it("starts with a list, and lets managers add, rename, switch off and reorder — never sales", async () => {
    const start = await listLostReasons(w.db);
    expect(start.map((r) => r.label)).toEqual([
      "Chose another dealer",
      "Price too high",
      "Delivery time too long",
      "Postponed the purchase",
      "Financing not approved",
      "Did not respond to follow-up",
      "Other",
    ]);
    expect(await createLostReason(w.db, w.sales, "Sneaky")).toEqual({ ok: false, reason: "forbidden" });

    const added = await createLostReason(w.db, w.manager, "Bought used instead");
    if (!added.ok) throw new Error("not added");
    expect((await listLostReasons(w.db)).at(-1)).toEqual({ id: added.id, label: "Bought used instead" });

    await moveLostReason(w.db, w.manager, { id: added.id, direction: "up" });
    expect((await listLostReasons(w.db)).slice(-2).map((r) => r.label)).toEqual(["Bought used instead", "Other"]);

    const other = start.at(-1)!;
    await updateLostReason(w.db, w.manager, { id: other.id, label: "Something else", active: false });
    expect((await listLostReasons(w.db)).some((r) => r.id === other.id)).toBe(false);
    // Switched off is not gone: settings still list it, and closed leads still name it.
    expect((await listAllLostReasons(w.db)).find((r) => r.id === other.id)).toMatchObject({ active: false });
    expect((await lostReasonLabels(w.db, [other.id])).get(other.id)).toBe("Something else");

    const audit = await w.db.auditLog.findMany({
      where: { entityType: "LostReason" },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["lostReason.created", "lostReason.updated", "lostReason.updated"]);
    expect(audit.every((a) => a.actorId === w.manager.userId)).toBe(true);
  });

  it("stores the reason picked in the follow-up form, and refuses one that is switched off", async () => {
    const [price] = (await listLostReasons(w.db)).filter((r) => r.label === "Price too high");
    const off = await w.db.lostReason.create({ data: { label: "Retired", active: false } });
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const input = {
      leadId: lead.id,
      version: 0,
      idempotencyKey: crypto.randomUUID(),
      type: "CALL" as const,
      outcome: "NOT_INTERESTED" as const,
      note: "",
      nextFollowUpAt: null,
      stage: "LOST" as const,
      lostReason: null,
    };
    expect(await logFollowUp(w.db, w.sales, { ...input, lostReasonId: off.id }, NOW)).toEqual({
      ok: false,
      reason: "lost_reason_invalid",
    });
    const saved = await logFollowUp(w.db, w.sales, { ...input, lostReasonId: price.id }, NOW);
    expect(saved).toMatchObject({ ok: true });
    expect(await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      stage: "LOST",
      lostReasonId: price.id,
      lostReason: null,
    });
  });
});
