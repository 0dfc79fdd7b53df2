import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { getAgenda } from "./agenda-queries";

// Tuesday 1 December 2026, 23:30 in Oslo (22:30 UTC): late in the evening, when UTC is still
// the same day but a follow-up at 00:30 Oslo time (23:30 UTC) is already tomorrow's.
const LATE = new Date("2026-12-01T22:30:00Z");
const min = (m: number, from = LATE) => new Date(from.getTime() + m * 60_000);

describe.each(testDatabases)("getAgenda on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  /** A lead of `ownerId` with no running clock and a planned follow-up at `at`. */
  async function planned(ownerId: string, at: Date | null, stage: "NEW" | "WON" = "NEW") {
    const lead = await makeLead(w.db, { ownerId, now: LATE, stage });
    await w.db.lead.update({
      where: { id: lead.id },
      data: { waitingSince: null, slaDueAt: null, nextFollowUpAt: at },
    });
    return lead.id;
  }

  async function question(ownerId: string, waitingMinutes: number, kind: "ORDER_QUESTION" | "EMAIL") {
    const lead = await makeLead(w.db, { ownerId, now: LATE, waitingMinutes, slaMinutes: 240 });
    await w.db.touchpoint.create({
      data: {
        customerId: lead.customerId,
        leadId: lead.id,
        occurredAt: min(-5),
        channel: "WEB",
        direction: "INBOUND",
        phase: "DURING",
        owner: "CUSTOMER",
        kind,
        stage: "PURCHASE",
        summary: "Kan jeg hente den tidligere?",
      },
    });
    return lead.id;
  }

  const ids = (g: { rows: { leadId: string }[] }) => g.rows.map((r) => r.leadId);

  it("puts each lead of the rep in one group, on the rep's own clock late in the evening", async () => {
    const rep = await w.db.user.create({ data: { email: "late@t.test", name: "Late", role: "SALES" } });
    const session = { ...w.sales, userId: rep.id, email: rep.email };
    const overdue = await planned(rep.id, min(-90));
    const laterTonight = await planned(rep.id, min(20)); // 23:50 Oslo: today
    const afterMidnight = await planned(rep.id, min(60)); // 00:30 Oslo: tomorrow, not today
    const closed = await planned(rep.id, min(-90), "WON");
    const breached = (await makeLead(w.db, { ownerId: rep.id, now: LATE, waitingMinutes: 60, slaMinutes: 15 })).id;
    const dueTonight = (await makeLead(w.db, { ownerId: rep.id, now: LATE, waitingMinutes: 5, slaMinutes: 20 })).id;
    const asked = await question(rep.id, 10, "ORDER_QUESTION");
    const othersLead = await planned(w.sales2.userId, min(-90));

    const agenda = await getAgenda(w.db, session, {}, LATE);
    expect(ids(agenda.overdue).sort()).toEqual([overdue, breached].sort());
    expect(ids(agenda.today)).toEqual([laterTonight]);
    expect(ids(agenda.questions)).toEqual([asked]);
    expect(agenda.questions.rows[0].question).toBe("Kan jeg hente den tidligere?");
    expect(ids(agenda.soon)).toEqual([dueTonight]);
    const all = [...ids(agenda.overdue), ...ids(agenda.today), ...ids(agenda.questions), ...ids(agenda.soon)];
    for (const absent of [afterMidnight, closed, othersLead]) expect(all).not.toContain(absent);
    expect(agenda).toMatchObject({ dayStart: "2026-11-30T23:00:00.000Z", dayEnd: "2026-12-01T23:00:00.000Z" });

    // A rep in New York reads the same instant as 17:30: the 00:30-Oslo follow-up is today there.
    const ny = await getAgenda(w.db, { ...session, timeZone: "America/New_York" }, {}, LATE);
    expect(ids(ny.today).sort()).toEqual([laterTonight, afterMidnight].sort());
  });

  it("counts the day of a DST night as 25 hours, and bounds each group with its total", async () => {
    const rep = await w.db.user.create({ data: { email: "dst@t.test", name: "Dst", role: "SALES" } });
    const session = { ...w.sales, userId: rep.id, email: rep.email };
    // Sunday 25 October 2026, 10:00 in Oslo (08:00 UTC); the day ends at 23:00 UTC, not 22:00.
    const sunday = new Date("2026-10-25T08:00:00Z");
    const lateSunday = await planned(rep.id, new Date("2026-10-25T22:30:00Z"));
    const monday = await planned(rep.id, new Date("2026-10-25T23:30:00Z"));
    for (let i = 0; i < 12; i++) await planned(rep.id, new Date(sunday.getTime() - (i + 1) * 60_000));
    const agenda = await getAgenda(w.db, session, {}, sunday);
    expect(ids(agenda.today)).toEqual([lateSunday]);
    expect(ids(agenda.today)).not.toContain(monday);
    expect(agenda.overdue.total).toBe(12);
    expect(agenda.overdue.rows).toHaveLength(10);
    // Oldest first: the most overdue is on top.
    expect(agenda.overdue.rows[0].nextFollowUpAt).toBe(new Date(sunday.getTime() - 12 * 60_000).toISOString());
  });

  it("lets a manager pick a rep, and gives a rep only their own day whatever they ask for", async () => {
    const own = await planned(w.sales.userId, min(-30));
    const theirs = await planned(w.sales2.userId, min(-30));
    const picked = await getAgenda(w.db, w.manager, { repId: w.sales2.userId }, LATE);
    expect(picked.repId).toBe(w.sales2.userId);
    expect(ids(picked.overdue)).toContain(theirs);
    const rep = await getAgenda(w.db, w.sales, { repId: w.sales2.userId }, LATE);
    expect(rep.repId).toBe(w.sales.userId);
    expect(ids(rep.overdue)).toContain(own);
    expect(ids(rep.overdue)).not.toContain(theirs);
    await expect(getAgenda(w.db, w.customer, {}, LATE)).rejects.toThrow();
  });
});
