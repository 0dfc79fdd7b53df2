import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en/followUp.json";
import enLead from "@/messages/en/lead.json";
import type { AppSession } from "@/server/auth/session";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";

// The actions as Next calls them, with the request-bound pieces replaced: the
// session, the translator (English catalogue), revalidatePath and the database.
let world: LeadWorld;
let signedIn: AppSession | null = null;
const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidatePath(path) }));
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
vi.mock("@/server/auth/session", () => ({
  requireStaff: async () => {
    if (!signedIn) throw new Error("NEXT_REDIRECT;/login");
    return signedIn;
  },
}));
vi.mock("next-intl/server", () => ({
  getTranslations:
    async (namespace: string) =>
    (key: string, values: Record<string, unknown> = {}) => {
      const root = namespace === "followUp" ? en : enLead.assignment;
      const text = key
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root) as string;
      return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
    },
}));
const { claimLeadAction, logFollowUpAction, reassignLeadAction } = await import("./actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries({
    idempotencyKey: crypto.randomUUID(),
    version: "0",
    type: "CALL",
    outcome: "REACHED",
    ...fields,
  }))
    data.set(k, v);
  return data;
}

describe.each(testDatabases)("lead actions on $name", (database) => {
  beforeAll(async () => {
    world = await openLeadWorld(database);
  });
  afterAll(async () => world?.close());
  beforeEach(() => {
    signedIn = null;
    revalidatePath.mockClear();
  });
  const followUps = (leadId: string) => world.db.followUp.count({ where: { leadId } });

  it("answers what the user can fix with translated field errors, saving nothing", async () => {
    signedIn = world.sales;
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: new Date() });
    const state = await logFollowUpAction(
      null,
      form({ leadId: lead.id, outcome: "", note: "x".repeat(2001), nextFollowUpAt: "2020-01-01T10:00" }),
    );
    expect(state).toEqual({
      ok: false,
      message: "Nothing was saved. Check the marked fields.",
      fieldErrors: {
        outcome: "Choose an outcome.",
        note: "Keep the note under 2000 characters.",
        nextFollowUpAt: "Pick a time in the future.",
      },
    });
    expect(await followUps(lead.id)).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("saves, revalidates the lead page, and answers a replay of the same form with the same row", async () => {
    signedIn = world.sales;
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: new Date() });
    const data = form({ leadId: lead.id, note: "Ringte, vil ha prøvekjøring" });
    const first = await logFollowUpAction(null, data);
    const again = await logFollowUpAction(first, data);
    expect(first).toMatchObject({ ok: true, message: "Follow-up saved." });
    expect(again).toMatchObject({ ok: true, followUpId: first?.ok ? first.followUpId : "-" });
    expect(await followUps(lead.id)).toBe(1);
    expect(revalidatePath).toHaveBeenCalledWith(`/leads/${lead.id}`);
  });

  it("reports a stale version as a conflict the form can show", async () => {
    signedIn = world.sales;
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: new Date() });
    await logFollowUpAction(null, form({ leadId: lead.id }));
    expect(await logFollowUpAction(null, form({ leadId: lead.id, note: "mine" }))).toMatchObject({
      ok: false,
      conflict: true,
      message: "Changed by someone else — reload",
    });
    expect(await followUps(lead.id)).toBe(1);
  });

  it("refuses another rep's lead and tampered forms with a message, never a crash", async () => {
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: new Date() });
    signedIn = world.sales2;
    expect(await logFollowUpAction(null, form({ leadId: lead.id }))).toMatchObject({
      ok: false,
      message: "This lead is not available to you. Nothing was saved.",
    });
    expect(await logFollowUpAction(null, form({ leadId: '\'; DROP TABLE "Lead"; --' }))).toMatchObject({
      ok: false,
      message: "This form is out of date. Reload the page and try again.",
    });
    expect(await logFollowUpAction(null, form({ leadId: lead.id, version: "99999999999" }))).toMatchObject({
      ok: false,
    });
    expect(await followUps(lead.id)).toBe(0);
  });

  it("rejects anonymous posts before reading the form", async () => {
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: new Date() });
    await expect(logFollowUpAction(null, form({ leadId: lead.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    await expect(claimLeadAction(null, form({ leadId: lead.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await followUps(lead.id)).toBe(0);
  });

  it("claims and reassigns through the same checks", async () => {
    const lead = await makeLead(world.db, { ownerId: null, now: new Date() });
    signedIn = world.sales;
    expect(await reassignLeadAction(null, form({ leadId: lead.id, ownerId: world.sales.userId }))).toMatchObject({
      ok: false,
      message: "This lead is no longer available to you.",
    });
    expect(await claimLeadAction(null, form({ leadId: lead.id }))).toEqual({
      ok: true,
      message: "The lead is yours now.",
    });
    signedIn = world.manager;
    expect(await reassignLeadAction(null, form({ leadId: lead.id, version: "1" }))).toMatchObject({
      ok: false,
      fieldError: "Choose who takes the lead.",
    });
    expect(
      await reassignLeadAction(null, form({ leadId: lead.id, version: "1", ownerId: world.sales2.userId })),
    ).toEqual({ ok: true, message: "Handed over." });
    expect((await world.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerId).toBe(world.sales2.userId);
  });
});
