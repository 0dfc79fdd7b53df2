import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { touchpointIngestSchema, type TouchpointIngestInput } from "@/lib/validation/touchpoint-ingest";
import { recordConsent } from "@/server/customers/consent-service";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";
import { runDueJobs } from "@/test/jobs/job-world";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { sweepAutomations } from "./sweep";

// Tuesday 24 November 2026, 10:00 in Oslo. The shipped abandoned-cart rule waits 4 hours.
const T0 = new Date("2026-11-24T09:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const DAY_MS = 86_400_000;

let serial = 0;
process.env.REISE_OUTBOX_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "reise-automation-outbox-"));

describe.each(testDatabases)("journey automations on $name", (database) => {
  let w: IngestWorld;

  const ingest = async (input: Partial<TouchpointIngestInput>, now: Date) => {
    const result = await ingestTouchpoint(
      w.db,
      w.key,
      touchpointIngestSchema(now).parse({
        channel: "WEB",
        kind: "CART_ABANDONED",
        occurredAt: now.toISOString(),
        ...input,
      }),
      now,
    );
    if (result.status !== "created") throw new Error(`ingest: ${result.status}`);
    return result;
  };
  /** A new customer with an e-mail address and, unless told otherwise, consent to marketing e-mail. */
  const customer = async (consent = true) => {
    const email = `handle${++serial}@eksempel.no`;
    const first = await ingest({ kind: "PAGE_VIEW", customer: { email, name: `Kari Nordmann ${serial}` } }, later(-60));
    if (consent) await setConsent(first.customerId, true, later(-50));
    return { email, customerId: first.customerId };
  };
  const setConsent = (customerId: string, granted: boolean, now: Date) =>
    recordConsent(w.db, w.manager, { customerId, purpose: "MARKETING_EMAIL", granted, source: "in_store" }, now);
  const cart = (email: string, now = T0) => ingest({ customer: { email } }, now);
  const runs = (customerId: string) =>
    w.db.automationRun.findMany({ where: { customerId }, orderBy: { createdAt: "asc" } });
  const messages = (customerId: string) => w.db.message.findMany({ where: { customerId } });
  const run = (now: Date) => runDueJobs({ sql: w.sql, db: w.db }, now);
  const switchRule = (key: string, enabled: boolean, patch: object = {}) =>
    w.db.automationRule.update({ where: { key }, data: { enabled, ...patch } });

  beforeAll(async () => {
    w = await openIngestWorld(database);
  });
  afterAll(async () => {
    await w?.close();
  });
  beforeEach(async () => {
    await w.db.job.deleteMany({ where: { kind: { not: "jobs.prune" } } });
    await switchRule("abandoned-cart", true, { conditions: { consent: "MARKETING_EMAIL" } });
    await switchRule("care-check-in", false);
  });

  it("ships its three rules switched off", async () => {
    const rules = await w.db.automationRule.findMany({ where: { key: { not: null } }, orderBy: { key: "asc" } });
    expect(rules.map((r) => r.key)).toEqual(["abandoned-cart", "care-check-in", "slow-tracker-nurture"]);
    const fresh = await w.db.automationRule.findUniqueOrThrow({ where: { key: "slow-tracker-nurture" } });
    expect(fresh.enabled).toBe(false);
    const templates = await w.db.messageTemplate.findMany({ where: { name: "Abandoned cart reminder" } });
    expect(templates.map((t) => t.locale).sort()).toEqual(["da", "en", "nb"]);
  });

  it("sends the abandoned-cart reminder once, 4 hours after the signal, and notes it on the timeline", async () => {
    const { email, customerId } = await customer();
    await cart(email);
    await cart(email, later(30)); // a second cart while the first reminder waits: still one reminder
    expect(await runs(customerId)).toEqual([
      expect.objectContaining({ state: "WAITING", dueAt: later(240), triggeredAt: T0 }),
    ]);
    await run(later(239));
    expect(await messages(customerId)).toEqual([]);
    await run(later(241));
    await run(later(300));
    const sent = await messages(customerId);
    expect(sent).toEqual([
      expect.objectContaining({
        status: "SENT",
        purpose: "MARKETING",
        address: email,
        subject: "Du har noe i handlekurven",
      }),
    ]);
    expect(sent[0].body).toContain(`Hei Kari,`);
    expect((await runs(customerId))[0]).toMatchObject({ state: "DONE" });
    const noted = await w.db.touchpoint.findMany({ where: { customerId, kind: "AUTOMATION" } });
    expect(noted).toHaveLength(1);
    expect(noted[0].summary).toContain("Abandoned-cart reminder");
  });

  it("starts no response clock and opens no lead for an abandoned cart", async () => {
    const { email, customerId } = await customer();
    const result = await cart(email);
    expect(result.leadId).toBeNull();
    expect(await w.db.lead.count({ where: { customerId } })).toBe(0);
  });

  it("stops when the customer writes before the reminder is due", async () => {
    const { email, customerId } = await customer();
    await cart(email);
    await ingest(
      { channel: "CHAT", kind: "CHAT_MESSAGE", customer: { email }, text: "Er fargen på lager?" },
      later(60),
    );
    await run(later(241));
    expect(await runs(customerId)).toEqual([
      expect.objectContaining({ state: "STOPPED", result: { reason: "replied" } }),
    ]);
    expect((await messages(customerId)).filter((m) => m.direction === "OUTBOUND")).toEqual([]);
  });

  it("stops when the customer withdraws consent before it is due", async () => {
    const { email, customerId } = await customer();
    await cart(email);
    await setConsent(customerId, false, later(120));
    await run(later(241));
    expect(await runs(customerId)).toEqual([
      expect.objectContaining({ state: "STOPPED", result: { reason: "consent_withdrawn" } }),
    ]);
    expect(await messages(customerId)).toEqual([]);
  });

  it("does not run for a customer who never consented", async () => {
    const { email, customerId } = await customer(false);
    await cart(email);
    await run(later(241));
    expect((await runs(customerId))[0]).toMatchObject({ state: "STOPPED", result: { reason: "no_consent" } });
    expect(await messages(customerId)).toEqual([]);
  });

  it("checks the team and category conditions when the run is due", async () => {
    await switchRule("abandoned-cart", true, { conditions: { teamId: w.teams.build } });
    const { email, customerId } = await customer();
    await cart(email);
    await run(later(241));
    expect((await runs(customerId))[0]).toMatchObject({ state: "STOPPED", result: { reason: "conditions" } });
    await switchRule("abandoned-cart", true, { conditions: { category: "KITCHEN" } });
    const other = await customer();
    await cart(other.email);
    await run(later(241));
    expect((await runs(other.customerId))[0]).toMatchObject({ state: "STOPPED", result: { reason: "conditions" } });
  });

  it("evaluates a segment condition when the run is due", async () => {
    const { email, customerId } = await customer();
    const segment = await w.db.segment.create({
      data: { name: `Oslo ${serial}`, filters: { city: "Oslo" }, ownerId: w.manager.userId },
    });
    await switchRule("abandoned-cart", true, { conditions: { segmentId: segment.id } });
    await cart(email);
    await run(later(241));
    expect((await runs(customerId))[0]).toMatchObject({ state: "STOPPED", result: { reason: "conditions" } });
    const inside = await customer();
    await w.db.customer.update({ where: { id: inside.customerId }, data: { city: "Oslo" } });
    await cart(inside.email);
    await run(later(241));
    expect((await runs(inside.customerId))[0]).toMatchObject({ state: "DONE" });
  });

  it("plans nothing while the rule is off, and stops a planned run when it is switched off", async () => {
    await switchRule("abandoned-cart", false);
    const { email, customerId } = await customer();
    await cart(email);
    expect(await runs(customerId)).toEqual([]);
    await switchRule("abandoned-cart", true);
    await cart(email, later(5));
    await switchRule("abandoned-cart", false);
    await run(later(250));
    expect((await runs(customerId))[0]).toMatchObject({ state: "STOPPED", result: { reason: "disabled" } });
  });

  it("checks in 14 days after delivery, once, from the sweep", async () => {
    await switchRule("care-check-in", true);
    const { customerId } = await customer(false);
    const now = new Date(T0.getTime() + 14 * DAY_MS + 3_600_000);
    await w.db.order.create({
      data: {
        number: `NB-9${String(serial).padStart(5, "0")}`,
        customerId,
        product: "Kjøkken Oslo",
        category: "KITCHEN",
        totalMinor: 100_000_00,
        milestone: "DELIVERED",
        deliveredAt: T0,
        placedAt: new Date(T0.getTime() - 30 * DAY_MS),
      },
    });
    expect(await sweepAutomations(w.db, new Date(T0.getTime() + 13 * DAY_MS))).toBe(0);
    expect(await sweepAutomations(w.db, now)).toBe(1);
    expect(await sweepAutomations(w.db, new Date(now.getTime() + 3_600_000))).toBe(0);
    await run(new Date(now.getTime() + 60_000));
    // Care is not marketing: no consent needed.
    expect(await messages(customerId)).toEqual([expect.objectContaining({ purpose: "CARE", status: "SENT" })]);
  });
});
