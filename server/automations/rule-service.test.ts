import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleFormSchema } from "@/lib/validation/automation";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { saveRule, setRuleEnabled } from "./rule-service";

// A manager's edits: new rules start off, a save against an old version is refused, a rule that
// names a template that does not exist is refused, and every change is audited.

describe.each(testDatabases)("automation rule changes on $name", (database) => {
  let w: IngestWorld;
  beforeAll(async () => {
    w = await openIngestWorld(database);
  });
  afterAll(async () => {
    await w?.close();
  });

  const form = (over: Record<string, unknown> = {}) =>
    ruleFormSchema.parse({
      name: "Care after a kitchen",
      trigger: "AFTER_DELIVERY",
      params: { days: "30" },
      conditions: { category: "KITCHEN" },
      actions: [{ type: "send", channel: "EMAIL", template: "Care check-in" }],
      ...over,
    });

  it("creates a rule switched off, edits it against its version, and audits both", async () => {
    const created = await saveRule(w.db, w.manager, form());
    if (!created.ok) throw new Error(created.reason);
    const row = await w.db.automationRule.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      enabled: false,
      trigger: "AFTER_DELIVERY",
      triggerParams: { days: 30, delayMinutes: 0 },
    });

    const edited = await saveRule(w.db, w.manager, form({ id: created.id, version: 0, params: { days: "21" } }));
    expect(edited).toEqual({ ok: true, id: created.id, version: 1 });
    const stale = await saveRule(w.db, w.manager, form({ id: created.id, version: 0, params: { days: "7" } }));
    expect(stale).toEqual({ ok: false, reason: "conflict" });
    expect((await w.db.automationRule.findUniqueOrThrow({ where: { id: created.id } })).triggerParams).toEqual({
      days: 21,
      delayMinutes: 0,
    });
    const audit = await w.db.auditLog.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["automation.created", "automation.updated"]);
  });

  it("refuses a template that does not exist", async () => {
    const result = await saveRule(
      w.db,
      w.manager,
      form({ actions: [{ type: "send", channel: "SMS", template: "Care check-in" }] }),
    );
    expect(result).toEqual({ ok: false, reason: "template" });
  });

  it("switches a rule on and off, audited, and will not switch on a rule whose JSON is broken", async () => {
    const rule = await w.db.automationRule.findUniqueOrThrow({ where: { key: "care-check-in" } });
    expect(await setRuleEnabled(w.db, w.manager, { id: rule.id, enabled: true })).toEqual({ ok: true, enabled: true });
    expect(await setRuleEnabled(w.db, w.manager, { id: rule.id, enabled: false })).toEqual({
      ok: true,
      enabled: false,
    });
    const audit = await w.db.auditLog.findMany({ where: { entityId: rule.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["automation.enabled", "automation.disabled"]);
    const broken = await w.db.automationRule.create({
      data: { name: "Broken", trigger: "LEAD_IDLE", triggerParams: { days: -1 }, actions: [] },
    });
    expect(await setRuleEnabled(w.db, w.manager, { id: broken.id, enabled: true })).toEqual({
      ok: false,
      reason: "broken",
    });
  });
});
