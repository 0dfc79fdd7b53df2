import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Prisma } from "@/generated/prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { touchpointIngestSchema, type TouchpointIngestInput } from "@/lib/validation/touchpoint-ingest";
import type { AppSession } from "@/server/auth/session";
import { reassignLead } from "@/server/leads/assignment-service";
import { logFollowUp } from "@/server/leads/follow-up-service";
import { setRoundRobin } from "@/server/routing/round-robin";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";
import { runDueJobs } from "@/test/jobs/job-world";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { saveAlertSettings, DEFAULT_ALERT_SETTINGS } from "./alert-settings";
import { slaSweepJob } from "./clock-sweep";
import { sendDigest } from "./digest";
import { notify } from "./notify";
import { countUnread, listNotifications } from "./queries";
import { markRead } from "./service";

// Tuesday 24 November 2026, 10:15 in Oslo (UTC+1): inside business hours. A chat at 10:10 is due
// at 10:25 (15 business minutes); its warning comes 3¾ minutes ahead, at 10:21:15; with the
// default 30 minutes, the managers hear of it at 10:55.
const at = (hhmmss: string) => new Date(`2026-11-24T${hhmmss}Z`);
const NOW = at("09:15:00");

let serial = 0;
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "reise-notify-outbox-"));
process.env.REISE_OUTBOX_DIR = outbox;

const sessionOf = (userId: string, role: "SALES" | "MANAGER", teamId: string | null): AppSession => ({
  userId,
  role,
  email: `${userId}@t.test`,
  name: userId,
  locale: "en",
  timeZone: "Europe/Oslo",
  teamId,
  customerId: null,
});

describe.each(testDatabases)("notifications on $name", (database) => {
  let w: IngestWorld;
  let carA: AppSession;
  let carB: AppSession;

  const chat = async (input: Partial<TouchpointIngestInput> = {}, now = NOW) => {
    const result = await ingestTouchpoint(
      w.db,
      w.key,
      touchpointIngestSchema(now).parse({
        channel: "CHAT",
        kind: "CHAT_MESSAGE",
        customer: { email: `kunde${++serial}@eksempel.no`, name: `Kari Nordmann ${serial}` },
        occurredAt: "2026-11-24T09:10:00Z",
        ...input,
      }),
      now,
    );
    if (result.status !== "created" || !result.leadId) throw new Error(`ingest: ${result.status}`);
    return result;
  };
  const kindsFor = async (userId: string, leadId: string) =>
    (await w.db.notification.findMany({ where: { userId, leadId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
  const run = (now: Date) => runDueJobs({ sql: w.sql, db: w.db }, now);
  const ownerOf = async (leadId: string) => {
    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: leadId }, select: { ownerId: true, version: true } });
    const user = await w.db.user.findUniqueOrThrow({ where: { id: lead.ownerId! }, select: { teamId: true } });
    return { session: sessionOf(lead.ownerId!, "SALES", user.teamId), version: lead.version };
  };

  beforeAll(async () => {
    w = await openIngestWorld(database);
    carA = sessionOf(w.reps.carA, "SALES", w.teams.car);
    carB = sessionOf(w.reps.carB, "SALES", w.teams.car);
  });
  afterAll(async () => {
    await w?.close();
  });
  beforeEach(async () => {
    await setRoundRobin(w.db, w.manager, { enabled: true });
    await saveAlertSettings(w.db, w.manager, DEFAULT_ALERT_SETTINGS);
    // Earlier tests' clocks must not ring in this one.
    await w.db.job.deleteMany({ where: { kind: { not: "jobs.prune" } } });
    await w.db.notification.deleteMany();
  });

  it("tells the rep a new lead is theirs, in words, with a link", async () => {
    const { leadId } = await chat();
    const { session: owner } = await ownerOf(leadId!);
    expect(await countUnread(w.db, owner)).toBe(1);
    const page = await listNotifications(w.db, owner, {});
    expect(page.rows).toEqual([
      expect.objectContaining({ kind: "LEAD_ASSIGNED", href: `/leads/${leadId}`, read: false }),
    ]);
    expect(page.rows[0].text).toMatch(/^New lead for you: Kari Nordmann \d+$/);
  });

  it("warns before the response time runs out, tells the breach at it, and escalates to a manager", async () => {
    const { leadId } = await chat();
    const { ownerId } = await w.db.lead.findUniqueOrThrow({ where: { id: leadId! }, select: { ownerId: true } });
    await run(at("09:21:10"));
    expect(await kindsFor(ownerId!, leadId!)).toEqual(["LEAD_ASSIGNED"]);
    await run(at("09:21:20"));
    expect(await kindsFor(ownerId!, leadId!)).toEqual(["LEAD_ASSIGNED", "SLA_WARNING"]);
    await run(at("09:25:01"));
    expect(await kindsFor(ownerId!, leadId!)).toEqual(["LEAD_ASSIGNED", "SLA_WARNING", "SLA_BREACHED"]);
    await run(at("09:54:50"));
    expect(await kindsFor(w.manager.userId, leadId!)).toEqual([]);
    await run(at("09:55:05"));
    expect(await kindsFor(w.manager.userId, leadId!)).toEqual(["SLA_ESCALATED"]);
    const [escalation] = (await listNotifications(w.db, w.manager, {})).rows.filter((n) => n.kind === "SLA_ESCALATED");
    expect(escalation.text).toMatch(/still unanswered 30 min after the response time ran out/);
    // Running again (a second instance, a retry) tells nobody twice.
    await run(at("10:30:00"));
    expect(await kindsFor(ownerId!, leadId!)).toHaveLength(3);
    expect(await kindsFor(w.manager.userId, leadId!)).toHaveLength(1);
  });

  it("stays quiet once the customer is answered", async () => {
    const { leadId } = await chat();
    const { session: owner, version } = await ownerOf(leadId!);
    const logged = await logFollowUp(
      w.db,
      owner,
      {
        leadId: leadId!,
        version,
        idempotencyKey: crypto.randomUUID(),
        type: "CALL",
        outcome: "REACHED",
        note: "",
        nextFollowUpAt: at("13:00:00"),
        stage: null,
        lostReason: null,
      },
      at("09:20:00"),
    );
    expect(logged).toMatchObject({ ok: true });
    await run(at("12:00:00"));
    expect(await kindsFor(owner.userId, leadId!)).toEqual(["LEAD_ASSIGNED"]);
    // The follow-up planned for 14:00 Oslo tells its owner then, not before.
    await run(at("13:00:01"));
    expect(await kindsFor(owner.userId, leadId!)).toEqual(["LEAD_ASSIGNED", "FOLLOW_UP_DUE"]);
  });

  it("tells both reps when a manager moves a lead, and the old owner no longer sees whose it was", async () => {
    const { leadId } = await chat();
    const { session: from, version } = await ownerOf(leadId!);
    const to = from.userId === carA.userId ? carB : carA;
    const moved = await reassignLead(w.db, w.manager, { leadId: leadId!, ownerId: to.userId, version });
    expect(moved.ok).toBe(true);
    const gained = (await listNotifications(w.db, to, {})).rows;
    expect(gained[0]).toMatchObject({ kind: "LEAD_ASSIGNED", href: `/leads/${leadId}` });
    expect(gained[0].text).toMatch(/^Manager gave you Kari Nordmann \d+'s lead$/);
    const lost = (await listNotifications(w.db, from, {})).rows;
    expect(lost[0]).toMatchObject({ kind: "LEAD_REASSIGNED_AWAY", href: null });
    expect(lost[0].text).toBe(`a customer's lead now belongs to ${nameOf(to, w)}`);
  });

  it("tells the owner when the customer writes again, once per message", async () => {
    const email = `skriver${++serial}@eksempel.no`;
    const first = await chat({ customer: { email, name: "Ola Skriver" } });
    const again = { customer: { email, name: "Ola Skriver" }, occurredAt: "2026-11-24T09:12:00Z", externalId: "m-2" };
    await chat(again);
    await expect(chat(again)).rejects.toThrow("ingest: duplicate");
    const { ownerId } = await w.db.lead.findUniqueOrThrow({ where: { id: first.leadId! }, select: { ownerId: true } });
    expect(await kindsFor(ownerId!, first.leadId!)).toEqual(["LEAD_ASSIGNED", "CUSTOMER_WROTE"]);
  });

  it("mails one digest per window with what is still unread, in the user's language", async () => {
    for (const file of fs.readdirSync(outbox)) fs.unlinkSync(path.join(outbox, file));
    const a = await chat();
    const b = await chat();
    const owners = await w.db.lead.findMany({
      where: { id: { in: [a.leadId!, b.leadId!] } },
      select: { ownerId: true },
    });
    // However round-robin shared the two leads out, each rep who got one gets one mail.
    await w.db.user.update({ where: { id: w.reps.carA }, data: { locale: "nb" } });
    // The window of 09:15 ends at 09:30: nothing before.
    await run(at("09:29:59"));
    expect(fs.readdirSync(outbox)).toEqual([]);
    await run(at("09:30:00"));
    const mails = fs.readdirSync(outbox).map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")));
    expect(mails).toHaveLength(new Set(owners.map((o) => o.ownerId)).size);
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails)
      expect(mail.text).toContain(mail.to === "a@t.test" ? "Ny lead til deg: Kari Nordmann" : "New lead for you: Kari");
    await run(at("10:30:00"));
    expect(fs.readdirSync(outbox)).toHaveLength(mails.length);
    await w.db.user.update({ where: { id: w.reps.carA }, data: { locale: "en" } });
  });

  it("passes a lead on to the next present rep of its team when the team escalates with reassignment", async () => {
    await saveAlertSettings(w.db, w.manager, {
      ...DEFAULT_ALERT_SETTINGS,
      teams: { [w.teams.car]: { afterMinutes: 10, reassign: true } },
    });
    const { leadId } = await chat();
    const lead = await w.db.lead.update({
      where: { id: leadId! },
      data: { ownerId: carA.userId, teamId: w.teams.car },
      select: { version: true },
    });
    await run(at("09:25:01")); // breach: 10:25 Oslo
    await run(at("09:34:59"));
    expect((await w.db.lead.findUniqueOrThrow({ where: { id: leadId! } })).ownerId).toBe(carA.userId);
    await run(at("09:35:01")); // ten minutes later: the managers are told, and carB takes it over
    const after = await w.db.lead.findUniqueOrThrow({ where: { id: leadId! } });
    expect(after).toMatchObject({ ownerId: carB.userId, version: lead.version + 1 });
    expect(await kindsFor(w.manager.userId, leadId!)).toEqual(["SLA_ESCALATED"]);
    expect(await kindsFor(carB.userId, leadId!)).toContain("LEAD_ASSIGNED");
    expect(await kindsFor(carA.userId, leadId!)).toContain("LEAD_REASSIGNED_AWAY");
    const [passed] = (await listNotifications(w.db, carB, {})).rows.filter((n) => n.href === `/leads/${leadId}`);
    // The newest of carB's notes about this lead (round-robin may have given it carB at first too).
    expect(passed.text).toMatch(/lead was passed to you: unanswered past its response time/);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entityId: leadId!, action: "lead.reassigned" } });
    expect(audit).toMatchObject({ actorId: null, data: { from: carA.userId, to: carB.userId, via: "escalation" } });
  });

  it("plans the clock of a lead that has no jobs (an upgrade, the seed), once, and tells its owner on time", async () => {
    const { leadId } = await chat();
    // As if the clock had started before notifications existed: no jobs for it.
    await w.db.job.deleteMany({ where: { kind: { in: ["sla.warning", "sla.breach"] } } });
    const sweepAt = (now: Date) => slaSweepJob.run({}, { prisma: w.db, now, attempt: 1, jobId: "sweep" });
    const planned = (kind: string) => w.db.job.count({ where: { kind, key: { startsWith: leadId! } } });
    // 10:00 Oslo: due at 10:25 is further ahead than the sweep looks (10 min + two sweeps).
    await sweepAt(at("09:00:00"));
    expect(await planned("sla.breach")).toBe(0);
    await sweepAt(at("09:15:00"));
    await sweepAt(at("09:16:00"));
    expect(await planned("sla.breach")).toBe(1);
    expect(await planned("sla.warning")).toBe(1);
    const { session: owner } = await ownerOf(leadId!);
    await run(at("09:21:20"));
    await run(at("09:25:01"));
    expect(await kindsFor(owner.userId, leadId!)).toEqual(["LEAD_ASSIGNED", "SLA_WARNING", "SLA_BREACHED"]);
  });

  it("lets a user mark only their own notifications read", async () => {
    const { leadId } = await chat();
    const { session: owner } = await ownerOf(leadId!);
    const other = owner.userId === carA.userId ? carB : carA;
    const [mine] = await w.db.notification.findMany({ where: { userId: owner.userId }, select: { id: true } });
    expect(await markRead(w.db, other, [mine.id])).toBe(0);
    expect(await markRead(w.db, other, "all")).toBe(0);
    expect(await countUnread(w.db, owner)).toBe(1);
    expect(await markRead(w.db, owner, [mine.id])).toBe(0);
    expect((await listNotifications(w.db, owner, {})).rows[0].read).toBe(true);
  });

  it("holds the digest outside business hours and in quiet hours, unless the lead is HOT", async () => {
    for (const file of fs.readdirSync(outbox)) fs.unlinkSync(path.join(outbox, file));
    const { leadId } = await chat();
    const { session: owner } = await ownerOf(leadId!);
    const email = (await w.db.user.findUniqueOrThrow({ where: { id: owner.userId } })).email;
    const mailsTo = () => fs.readdirSync(outbox).filter((f) => f.endsWith(`${email}.json`));
    await w.db.lead.update({ where: { id: leadId! }, data: { readiness: "WARM" } });
    const tellAt = async (now: Date, key: string) =>
      w.db.$transaction((tx) =>
        notify(tx, { userIds: [owner.userId], kind: "FOLLOW_UP_DUE", leadId: leadId!, key, now }),
      );
    // Tuesday 18:30 in Oslo: closed. The digest waits for Wednesday's opening.
    await tellAt(at("17:30:00"), "evening");
    await w.db.notification.updateMany({ where: { key: { not: "evening" } }, data: { digestedAt: at("09:00:00") } });
    await sendDigest(w.db, owner.userId, at("17:31:00"));
    expect(mailsTo()).toEqual([]);
    await sendDigest(w.db, owner.userId, new Date("2026-11-25T07:05:00Z"));
    expect(mailsTo()).toHaveLength(1);
    // Quiet hours over lunch hold it too; a HOT lead comes through.
    await w.db.user.update({
      where: { id: owner.userId },
      data: { notificationPrefs: { quiet: { start: "11:00", end: "13:00" } } },
    });
    await tellAt(new Date("2026-11-25T10:30:00Z"), "lunch");
    await sendDigest(w.db, owner.userId, new Date("2026-11-25T10:31:00Z"));
    expect(mailsTo()).toHaveLength(1);
    await w.db.lead.update({ where: { id: leadId! }, data: { readiness: "HOT" } });
    await tellAt(new Date("2026-11-25T10:40:00Z"), "lunch-hot");
    await sendDigest(w.db, owner.userId, new Date("2026-11-25T10:41:00Z"));
    expect(mailsTo()).toHaveLength(2);
    await w.db.user.update({ where: { id: owner.userId }, data: { notificationPrefs: Prisma.DbNull } });
  });
});

function nameOf(session: AppSession, w: IngestWorld): string {
  return { [w.reps.carA]: "a", [w.reps.carB]: "b", [w.reps.build]: "c" }[session.userId];
}
