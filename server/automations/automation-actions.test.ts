import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { touchpointIngestSchema, type TouchpointIngestInput } from "@/lib/validation/touchpoint-ingest";
import { recordConsent } from "@/server/customers/consent-service";
import { setRoundRobin } from "@/server/routing/round-robin";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";
import { runDueJobs } from "@/test/jobs/job-world";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { sweepAutomations } from "./sweep";

// The other triggers and actions: a lead idle for a week gets a follow-up, its owner is told and
// its stage moves (audited); a slow-tracker whose score rises gets the nurture message written for
// their journey stage, once per stage.

const T0 = new Date("2026-11-24T09:00:00Z");
const DAY_MS = 86_400_000;
let serial = 0;
process.env.REISE_OUTBOX_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "reise-automation-actions-"));

describe.each(testDatabases)("automation actions on $name", (database) => {
  let w: IngestWorld;

  const ingest = async (input: Partial<TouchpointIngestInput>, now: Date) => {
    const result = await ingestTouchpoint(
      w.db,
      w.key,
      touchpointIngestSchema(now).parse({
        channel: "CHAT",
        kind: "CHAT_MESSAGE",
        occurredAt: now.toISOString(),
        ...input,
      }),
      now,
    );
    if (result.status !== "created") throw new Error(`ingest: ${result.status}`);
    return result;
  };

  beforeAll(async () => {
    w = await openIngestWorld(database);
    await setRoundRobin(w.db, w.manager, { enabled: true });
  });
  afterAll(async () => {
    await w?.close();
  });
  beforeEach(async () => {
    await w.db.job.deleteMany({ where: { kind: { not: "jobs.prune" } } });
    await w.db.automationRule.updateMany({ data: { enabled: false } });
  });

  it("plans a follow-up, tells the owner and moves the stage of a lead idle for a week, once", async () => {
    await w.db.automationRule.create({
      data: {
        name: `Idle ${++serial}`,
        enabled: true,
        trigger: "LEAD_IDLE",
        triggerParams: { days: 7 },
        actions: [{ type: "followUp", days: 1 }, { type: "notify" }, { type: "stage", stage: "CONTACTED" }],
      },
    });
    const email = `idle${serial}@eksempel.no`;
    const { leadId, customerId } = await ingest({ customer: { email, name: `Ola Idle ${serial}` } }, T0);
    const now = new Date(T0.getTime() + 7 * DAY_MS + 3_600_000);
    expect(await sweepAutomations(w.db, new Date(T0.getTime() + 6 * DAY_MS))).toBe(0);
    expect(await sweepAutomations(w.db, now)).toBe(1);
    expect(await sweepAutomations(w.db, now)).toBe(0);
    await runDueJobs({ sql: w.sql, db: w.db }, now);

    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: leadId! } });
    expect(lead.stage).toBe("CONTACTED");
    expect(lead.nextFollowUpAt).toEqual(new Date(now.getTime() + DAY_MS));
    const told = await w.db.notification.findMany({ where: { leadId: leadId!, kind: "AUTOMATION" } });
    expect(told.map((n) => n.userId)).toEqual([lead.ownerId]);
    const audit = await w.db.auditLog.findMany({ where: { entityId: leadId!, action: "lead.stage_changed" } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: null,
        data: expect.objectContaining({ from: "NEW", to: "CONTACTED", via: "automation" }),
      }),
    ]);
    const noted = await w.db.touchpoint.findMany({ where: { customerId, kind: "AUTOMATION" } });
    expect(noted).toHaveLength(1);
    expect(noted[0].summary).toMatch(/follow-up .*owner notified, stage CONTACTED/);
  });

  it("sends a warming slow-tracker the nurture message for their stage, once per stage", async () => {
    await w.db.automationRule.update({ where: { key: "slow-tracker-nurture" }, data: { enabled: true } });
    const email = `slow${++serial}@eksempel.no`;
    const { leadId, customerId } = await ingest({ customer: { email, name: `Siri Sakte ${serial}` } }, T0);
    await recordConsent(
      w.db,
      w.manager,
      { customerId, purpose: "MARKETING_EMAIL", granted: true, source: "in_store" },
      T0,
    );
    await w.db.lead.update({ where: { id: leadId! }, data: { readiness: "SLOW", score: 1 } });
    await w.db.customer.update({ where: { id: customerId }, data: { journeyStage: "RESEARCH" } });
    const later = new Date(T0.getTime() + 3_600_000);
    await ingest({ channel: "WEB", kind: "PRICE_CHECK", customer: { email } }, later);
    await runDueJobs({ sql: w.sql, db: w.db }, new Date(later.getTime() + 60_000));
    const sent = await w.db.message.findMany({ where: { customerId } });
    expect(sent).toEqual([
      expect.objectContaining({ subject: "Slik sammenligner du", status: "SENT", purpose: "MARKETING" }),
    ]);

    // Rising again in the same stage sends nothing more.
    await w.db.lead.update({ where: { id: leadId! }, data: { readiness: "SLOW", score: 1 } });
    await ingest({ channel: "WEB", kind: "PRICE_CHECK", customer: { email } }, new Date(later.getTime() + 120_000));
    await runDueJobs({ sql: w.sql, db: w.db }, new Date(later.getTime() + 180_000));
    expect(await w.db.message.count({ where: { customerId } })).toBe(1);
    expect(await w.db.automationRun.count({ where: { customerId } })).toBe(1);
  });
});
