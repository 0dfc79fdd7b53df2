import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { hashFeedToken } from "./feed-token";
import { readCalendarFeed } from "./read-feed";
import { createCalendarFeed, getCalendarFeedStatus, revokeCalendarFeed } from "./service";

// Tuesday 24 November 2026, 10:15 in Oslo.
const NOW = new Date("2026-11-24T09:15:00Z");
const TOMORROW = new Date("2026-11-25T08:30:00Z");
const BASE = "https://crm.example";

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate(),
      sequence: e.sequence,
      url: v.getFirstPropertyValue("url"),
    };
  });
}

async function feed(w: LeadWorld, token: string, now = NOW) {
  return readCalendarFeed(w.db, token, now, BASE);
}

describe.each(testDatabases)("calendar feed on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  async function plannedLead(ownerId: string, at: Date) {
    const lead = await makeLead(w.db, { ownerId, now: NOW });
    await w.db.lead.update({ where: { id: lead.id }, data: { nextFollowUpAt: at, interest: "Elbil" } });
    return lead.id;
  }

  it("keeps only the token's hash, and shows the owner's planned follow-ups as stable events", async () => {
    const leadId = await plannedLead(w.sales.userId, TOMORROW);
    const other = await plannedLead(w.sales2.userId, TOMORROW);
    const { id, token } = await createCalendarFeed(w.db, w.sales, NOW);
    const row = await w.db.calendarFeed.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashFeedToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await getCalendarFeedStatus(w.db, w.sales)).toEqual({ id, createdAt: NOW });

    const first = await feed(w, token);
    if (first.status !== "ok") throw new Error(first.status);
    const [event, ...rest] = events(first.ics);
    expect(rest.map((e) => e.uid)).not.toContain(`lead-${other}@reise`);
    expect(event).toMatchObject({
      uid: `lead-${leadId}@reise`,
      summary: "Kari Nordmann — Elbil",
      start: TOMORROW,
      url: `${BASE}/leads/${leadId}`,
    });
    // Times are UTC, so no calendar has to guess a zone; no phone or e-mail leaves the CRM.
    expect(first.ics).toContain("DTSTART:20261125T083000Z");
    expect(first.ics).not.toContain("kari@eksempel.no");
    expect(first.ics).not.toContain("+4790000000");

    // Rescheduled: the same event moves, with a higher sequence.
    const later = new Date("2026-11-26T12:00:00Z");
    await w.db.lead.update({ where: { id: leadId }, data: { nextFollowUpAt: later, version: { increment: 1 } } });
    const second = await feed(w, token);
    if (second.status !== "ok") throw new Error(second.status);
    const moved = events(second.ics).find((e) => e.uid === event.uid)!;
    expect(moved.start).toEqual(later);
    expect(moved.sequence).toBeGreaterThan(event.sequence ?? 0);
  });

  it("stops a revoked or replaced link at once, audits both, and refuses tokens it never made", async () => {
    const { token: old } = await createCalendarFeed(w.db, w.sales2, NOW);
    const { token: current } = await createCalendarFeed(w.db, w.sales2, NOW);
    expect(await feed(w, old)).toEqual({ status: "gone" });
    expect((await feed(w, current)).status).toBe("ok");
    expect(await revokeCalendarFeed(w.db, w.sales2, NOW)).toBe(true);
    expect(await feed(w, current)).toEqual({ status: "gone" });
    expect(await getCalendarFeedStatus(w.db, w.sales2)).toBeNull();
    expect(await revokeCalendarFeed(w.db, w.sales2, NOW)).toBe(false);

    const audits = await w.db.auditLog.findMany({ where: { entityId: w.sales2.userId }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual([
      "user.calendar_feed_created",
      "user.calendar_feed_created",
      "user.calendar_feed_revoked",
      "user.calendar_feed_revoked",
    ]);
    expect(await feed(w, "A".repeat(43))).toEqual({ status: "not_found" });
    expect(await feed(w, "../../etc/passwd")).toEqual({ status: "not_found" });
    await expect(createCalendarFeed(w.db, w.customer, NOW)).rejects.toThrow();
  });

  it("returns only what the owner may see now: a lead moved away leaves, a deactivated user's feed stops", async () => {
    const rep = await w.db.user.create({ data: { email: "feed@t.test", name: "Feed", role: "SALES" } });
    const session = { ...w.sales, userId: rep.id, email: rep.email };
    const leadId = await plannedLead(rep.id, TOMORROW);
    const { token } = await createCalendarFeed(w.db, session, NOW);
    const before = await feed(w, token);
    expect(before.status === "ok" && events(before.ics).map((e) => e.uid)).toEqual([`lead-${leadId}@reise`]);

    await w.db.lead.update({ where: { id: leadId }, data: { ownerId: w.sales.userId } });
    const after = await feed(w, token);
    expect(after.status === "ok" && events(after.ics)).toEqual([]);

    await w.db.user.update({ where: { id: rep.id }, data: { active: false } });
    expect(await feed(w, token)).toEqual({ status: "gone" });
  });
});
