import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS } from "@/lib/business-hours";
import { touchpointIngestSchema } from "@/lib/validation/touchpoint-ingest";
import type { AppSession } from "@/server/auth/session";
import { logFollowUp } from "@/server/leads/follow-up-service";
import { setRoundRobin } from "@/server/routing/round-robin";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { DEFAULT_SLA_CONFIG } from "@/lib/sla";
import { saveSlaConfig } from "@/server/settings/sla";
import { getCalendarForTeam, getSlaConfigForTeam, newTeamCalendar } from "./calendar";
import { addTeamClosedDay, removeTeamClosedDay, saveTeamHours } from "./calendar-service";

// Each team's clock counts in its own calendar, end to end through the ingest and follow-up
// services. The car team keeps the defaults (Mon–Fri 08:00–17:00 Oslo, Norway's holidays); the
// build team is made Danish (Copenhagen, Denmark's holidays). Both zones are +02:00 in May 2026.
//
// The signal: Thursday 30 April 2026 16:50 (14:50 UTC), a chat (15 business minutes).
// - Norway closes Friday 1 May (Labour Day): 10 min on Thursday, then Monday 4 May 08:05 = 06:05 UTC.
// - Denmark does not: Friday 1 May 08:05 = 06:05 UTC.
const SIGNAL = new Date("2026-04-30T14:50:00Z");
const DUE_NO = new Date("2026-05-04T06:05:00Z");
const DUE_DK = new Date("2026-05-01T06:05:00Z");
let serial = 0;

describe.each(testDatabases)("team calendars on $name", (database) => {
  let w: IngestWorld;
  let sales: AppSession;
  const danish = { timeZone: "Europe/Copenhagen" as const, days: [1, 2, 3, 4, 5], start: "08:00", end: "17:00" };

  beforeAll(async () => {
    w = await openIngestWorld(database);
    sales = { ...w.manager, userId: w.reps.build, role: "SALES", teamId: w.teams.build };
    const saved = await saveTeamHours(w.db, w.manager, {
      teamId: w.teams.build,
      hours: { ...danish, holidayCountry: "DK", closedDates: [] },
    });
    expect(saved).toEqual({ ok: true });
  });
  afterAll(async () => w?.close());

  /** A chat from a new customer of `teamId` (none: a customer no team holds yet); the lead it opened. */
  async function chatFrom(teamId: string | null, at = SIGNAL) {
    const email = `kunde${++serial}@eksempel.dk`;
    if (teamId) await w.db.customer.create({ data: { name: email, email, teamId } });
    const input = touchpointIngestSchema(at).parse({
      channel: "CHAT",
      kind: "CHAT_MESSAGE",
      customer: { email },
      occurredAt: at.toISOString(),
    });
    const result = await ingestTouchpoint(w.db, w.key, input, at);
    if (result.status !== "created" || !result.leadId) throw new Error(`no lead: ${JSON.stringify(result)}`);
    return w.db.lead.findUniqueOrThrow({ where: { id: result.leadId } });
  }

  it("reads each team's calendar, and the default one for no team or a team that is gone", async () => {
    expect(await getCalendarForTeam(w.db, null)).toEqual(DEFAULT_BUSINESS_HOURS);
    expect(await getCalendarForTeam(w.db, w.teams.car)).toEqual(DEFAULT_BUSINESS_HOURS);
    expect(await getCalendarForTeam(w.db, w.teams.build)).toEqual({ ...danish, holidayCountry: "DK", closedDates: [] });
    expect(await getCalendarForTeam(w.db, crypto.randomUUID())).toEqual(DEFAULT_BUSINESS_HOURS);
    const config = await getSlaConfigForTeam(w.db, w.teams.build);
    expect(config.hours.timeZone).toBe("Europe/Copenhagen");
    expect(config.minutesByChannel.CHAT).toBe(15);
  });

  it("puts the customer's team's due time on the lead: a Danish team works on 1 May, a Norwegian one does not", async () => {
    expect((await chatFrom(w.teams.car)).slaDueAt).toEqual(DUE_NO);
    expect((await chatFrom(w.teams.build)).slaDueAt).toEqual(DUE_DK);
  });

  it("counts a lead whose customer has no team in the default calendar (Norway's holidays)", async () => {
    await setRoundRobin(w.db, w.manager, { enabled: false });
    try {
      const lead = await chatFrom(null);
      expect(lead.ownerId).toBeNull();
      expect(lead.slaDueAt).toEqual(DUE_NO);
    } finally {
      await setRoundRobin(w.db, w.manager, { enabled: true });
    }
  });

  it("a day the manager closed moves the team's clock past it, and opening it again moves it back", async () => {
    const add = await addTeamClosedDay(w.db, w.manager, {
      teamId: w.teams.build,
      date: "2026-05-01",
      note: "Stocktaking",
    });
    expect(add).toEqual({ ok: true });
    // Friday closed too: Monday 4 May 08:05 Copenhagen.
    expect((await chatFrom(w.teams.build)).slaDueAt).toEqual(DUE_NO);
    expect(
      await addTeamClosedDay(w.db, w.manager, { teamId: w.teams.build, date: "2026-05-01", note: "Again" }),
    ).toEqual({ ok: false, reason: "duplicate" });
    const day = await w.db.teamClosedDay.findFirstOrThrow({ where: { teamId: w.teams.build } });
    // Only for its own team: the car team cannot remove the build team's day.
    expect(await removeTeamClosedDay(w.db, w.manager, { teamId: w.teams.car, closedDayId: day.id })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await removeTeamClosedDay(w.db, w.manager, { teamId: w.teams.build, closedDayId: day.id })).toEqual({
      ok: true,
    });
    expect((await chatFrom(w.teams.build)).slaDueAt).toEqual(DUE_DK);
    const audit = await w.db.auditLog.findMany({
      where: { entityType: "Team", entityId: w.teams.build },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, data: true },
    });
    expect(audit.map((a) => a.data)).toEqual([
      expect.objectContaining({ setting: "calendar" }),
      { setting: "closedDay", added: { date: "2026-05-01", note: "Stocktaking" } },
      { setting: "closedDay", removed: { date: "2026-05-01", note: "Stocktaking" } },
    ]);
    expect(audit.every((a) => a.actorId === w.manager.userId)).toBe(true);
  });

  it("counts the first response in the team's calendar", async () => {
    // Answered Friday 1 May 08:10 (06:10 UTC). Denmark: 10 min Thursday + 10 min Friday = 20.
    // Norway: Friday is closed, so only Thursday's 10 minutes have passed.
    const answer = new Date("2026-05-01T06:10:00Z");
    const minutesFor = async (teamId: string) => {
      const lead = await chatFrom(teamId);
      const result = await logFollowUp(
        w.db,
        w.manager,
        {
          leadId: lead.id,
          version: lead.version,
          idempotencyKey: crypto.randomUUID(),
          type: "CHAT",
          outcome: "REACHED",
          note: "",
          nextFollowUpAt: null,
          stage: null,
          lostReason: null,
        },
        answer,
      );
      expect(result).toMatchObject({ ok: true });
      return (await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).firstResponseMinutes;
    };
    expect(await minutesFor(w.teams.build)).toBe(20);
    expect(await minutesFor(w.teams.car)).toBe(10);
  });

  it("lets managers only change a calendar, and refuses what the form could not send", async () => {
    const hours = { ...danish, holidayCountry: null, closedDates: [] };
    expect(await saveTeamHours(w.db, sales, { teamId: w.teams.build, hours })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(await addTeamClosedDay(w.db, sales, { teamId: w.teams.build, date: "2026-12-31", note: "x" })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    const bad = { ...hours, start: "17:00", end: "08:00" };
    expect(await saveTeamHours(w.db, w.manager, { teamId: w.teams.build, hours: bad })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await saveTeamHours(w.db, w.manager, { teamId: crypto.randomUUID(), hours })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await getCalendarForTeam(w.db, w.teams.build)).toMatchObject({ holidayCountry: "DK", start: "08:00" });
  });

  it("starts a new team from the default calendar as saved", async () => {
    const hours = { ...danish, days: [1, 2, 3, 4], holidayCountry: "DK" as const, closedDates: [] };
    expect(await saveSlaConfig(w.db, w.manager, { ...DEFAULT_SLA_CONFIG, hours })).toMatchObject({ ok: true });
    try {
      const team = await w.db.team.create({ data: { name: "Ny", ...(await newTeamCalendar(w.db)) } });
      expect(await getCalendarForTeam(w.db, team.id)).toEqual(hours);
    } finally {
      await w.db.appSetting.delete({ where: { key: "sla" } });
    }
  });
});
