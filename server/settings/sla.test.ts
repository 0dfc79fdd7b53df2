import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SLA_CONFIG, type SlaConfig } from "@/lib/sla";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { getSlaConfig, saveSlaConfig } from "./sla";

const CHANGED: SlaConfig = {
  minutesByChannel: { ...DEFAULT_SLA_CONFIG.minutesByChannel, CHAT: 5, EVENT: 480 },
  hours: {
    timeZone: "Europe/Helsinki",
    days: [1, 2, 3, 4, 5, 6],
    start: "09:00",
    end: "18:30",
    holidayCountry: null,
    closedDates: [],
  },
};

describe.each(testDatabases)("SLA settings on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());
  beforeEach(async () => {
    await w.db.appSetting.deleteMany({ where: { key: "sla" } });
  });

  it("is the defaults while nothing is stored", async () => {
    expect(await getSlaConfig(w.db)).toEqual(DEFAULT_SLA_CONFIG);
  });

  it("a manager saves it, with one audit row saying before and after", async () => {
    expect(await saveSlaConfig(w.db, w.manager, CHANGED)).toEqual({ ok: true, config: CHANGED });
    expect(await getSlaConfig(w.db)).toEqual(CHANGED);
    const row = await w.db.appSetting.findUniqueOrThrow({ where: { key: "sla" } });
    expect(row.updatedById).toBe(w.manager.userId);
    const audit = await w.db.auditLog.findMany({ where: { action: "setting.changed", entityId: "sla" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: w.manager.userId,
      entityType: "AppSetting",
      data: { from: DEFAULT_SLA_CONFIG, to: CHANGED },
    });
    await w.db.auditLog.deleteMany({ where: { entityId: "sla" } });
  });

  it("refuses a sales rep and a customer, and writes nothing", async () => {
    for (const session of [w.sales, w.customer]) {
      expect(await saveSlaConfig(w.db, session, CHANGED)).toEqual({ ok: false, reason: "forbidden" });
    }
    expect(await w.db.appSetting.count({ where: { key: "sla" } })).toBe(0);
    expect(await w.db.auditLog.count({ where: { entityId: "sla" } })).toBe(0);
  });

  it("refuses an invalid value even from a manager", async () => {
    const bad = { ...CHANGED, hours: { ...CHANGED.hours, start: "18:00", end: "09:00" } };
    expect(await saveSlaConfig(w.db, w.manager, bad)).toEqual({ ok: false, reason: "invalid" });
    expect(await w.db.appSetting.count({ where: { key: "sla" } })).toBe(0);
  });

  it("falls back to the defaults when the stored value is not valid, without throwing", async () => {
    for (const value of [
      "nonsense",
      42,
      [],
      { minutesByChannel: { CHAT: 0 }, hours: CHANGED.hours },
      { ...CHANGED, hours: { ...CHANGED.hours, timeZone: "Mars/Olympus" } },
    ]) {
      await w.db.appSetting.upsert({ where: { key: "sla" }, create: { key: "sla", value }, update: { value } });
      expect(await getSlaConfig(w.db)).toEqual(DEFAULT_SLA_CONFIG);
    }
  });

  it("gives hours saved before holidays existed their time zone's country", async () => {
    const { holidayCountry: _none, closedDates: _empty, ...before } = CHANGED.hours;
    for (const [timeZone, country] of [
      ["Europe/Oslo", "NO"],
      ["Europe/Copenhagen", "DK"],
      ["Europe/Helsinki", null],
    ] as const) {
      const value = { ...CHANGED, hours: { ...before, timeZone } };
      await w.db.appSetting.upsert({ where: { key: "sla" }, create: { key: "sla", value }, update: { value } });
      expect((await getSlaConfig(w.db)).hours).toEqual({ ...CHANGED.hours, timeZone, holidayCountry: country });
    }
  });

  it("fills in a channel missing from a stored value with its default", async () => {
    const { EVENT: _dropped, ...minutes } = CHANGED.minutesByChannel;
    const value = { ...CHANGED, minutesByChannel: minutes };
    await w.db.appSetting.create({ data: { key: "sla", value } });
    expect(await getSlaConfig(w.db)).toEqual({
      ...CHANGED,
      minutesByChannel: { ...CHANGED.minutesByChannel, EVENT: DEFAULT_SLA_CONFIG.minutesByChannel.EVENT },
    });
  });
});
