import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { MessageChannel } from "@/generated/prisma/enums";
import { JobRunner } from "@/server/jobs/runner";
import { messageDeliverJob } from "@/server/messaging/deliver-job";
import { unsubscribeByToken } from "@/server/messaging/unsubscribe";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { runSegmentSendBatch, segmentSendBatchJob } from "./batch-job";
import { controlSegmentSend } from "./control";
import { listSegmentSends } from "./queries";
import { previewSegmentSend, startSegmentSend } from "./start";

// A segment send against a real database: consent is read when each batch runs and again when each
// message is delivered; a batch that dies half way commits nothing and its retry queues each
// recipient once; SMS wait out quiet hours; the unsubscribe link withdraws consent.

const NOW = new Date("2026-11-25T10:00:00Z"); // Wednesday 11:00 in Oslo
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "segment-send-"));
process.env.REISE_OUTBOX_DIR = outbox;
afterAll(() => fs.rmSync(outbox, { recursive: true, force: true }));

describe.each(testDatabases)("segment sends on $name", (database) => {
  let w: LeadWorld;
  let segmentId: string;
  beforeAll(async () => {
    w = await openLeadWorld(database);
    const segment = await w.db.segment.create({
      data: { name: "Tilbud", filters: { city: "Bergen" }, marketing: true, ownerId: w.manager.userId },
    });
    segmentId = segment.id;
  });
  afterAll(() => w.close());
  beforeEach(() => {
    process.env.SEGMENT_SEND_BATCH = "10";
    process.env.SEGMENT_SEND_INTERVAL_MS = "0";
  });
  afterEach(async () => {
    for (const file of fs.readdirSync(outbox)) fs.rmSync(path.join(outbox, file));
    await w.db.message.deleteMany();
    await w.db.touchpoint.deleteMany();
    await w.db.segmentSend.deleteMany();
    await w.db.job.deleteMany();
    await w.db.consentEvent.deleteMany();
    await w.db.consent.deleteMany();
    await w.db.customer.deleteMany({ where: { city: "Bergen" } });
  });

  async function template(channel: MessageChannel, body = "Hei {{firstName}}, nå er det salg.") {
    return w.db.messageTemplate.upsert({
      where: { name_channel_locale: { name: "Salg", channel, locale: "nb" } },
      create: { name: "Salg", channel, purpose: "MARKETING", locale: "nb", subject: "Salg", body },
      update: {},
    });
  }
  async function customer(name: string, opts: { email?: string | null; consent?: ("MARKETING_EMAIL" | "SMS")[] }) {
    const c = await w.db.customer.create({
      data: {
        name,
        city: "Bergen",
        email: opts.email === undefined ? `${name.toLowerCase() || "x"}@eksempel.no` : opts.email,
        phone: "+4791234567",
      },
    });
    for (const purpose of opts.consent ?? [])
      await w.db.consent.create({ data: { customerId: c.id, purpose, granted: true, updatedAt: NOW } });
    return c;
  }
  const runner = (jobs = [segmentSendBatchJob, messageDeliverJob], at = NOW) =>
    new JobRunner({ sql: w.sql, prisma: w.db, jobs, clock: () => at, log: () => {} });

  it("checks consent when each batch runs and again at delivery, and counts who was skipped and why", async () => {
    const { id: templateId } = await template("EMAIL");
    const ada = await customer("Ada", { consent: ["MARKETING_EMAIL"] });
    await customer("Bo", { consent: [] });
    await customer("Cy", { email: null, consent: ["MARKETING_EMAIL"] });
    const dag = await customer("Dag", { consent: ["MARKETING_EMAIL"] });
    const eva = await customer("Eva", { consent: ["MARKETING_EMAIL"] });
    await customer("", { consent: ["MARKETING_EMAIL"] }); // no first name: {{firstName}} has no value

    const preview = await previewSegmentSend(w.db, w.manager, { segmentId, templateId }, NOW);
    expect(preview).toMatchObject({ ok: true, preview: { total: 6, reachable: 4, missingValue: 1 } });
    expect(await startSegmentSend(w.db, w.sales, { segmentId, templateId }, NOW)).toMatchObject({ ok: false });
    const started = await startSegmentSend(w.db, w.manager, { segmentId, templateId }, NOW);
    if (!started.ok) throw new Error(started.reason);
    expect(await startSegmentSend(w.db, w.manager, { segmentId, templateId }, NOW)).toEqual({
      ok: false,
      reason: "already_running",
    });

    // Dag withdraws after the start, before his batch runs: no message at all.
    await w.db.consent.update({
      where: { customerId_purpose: { customerId: dag.id, purpose: "MARKETING_EMAIL" } },
      data: { granted: false },
    });
    await runner([segmentSendBatchJob]).runDue();
    const queued = await w.db.message.findMany({ where: { segmentSendId: started.sendId } });
    expect(queued.map((m) => m.customerId).sort()).toEqual([ada.id, eva.id].sort());

    // Eva withdraws after her message was queued, before it goes: the delivery skips it.
    await w.db.consent.update({
      where: { customerId_purpose: { customerId: eva.id, purpose: "MARKETING_EMAIL" } },
      data: { granted: false },
    });
    await runner([messageDeliverJob]).runDue();
    const after = await w.db.message.findMany({
      where: { segmentSendId: started.sendId },
      orderBy: { address: "asc" },
    });
    expect(after.map((m) => [m.address, m.status])).toEqual([
      ["ada@eksempel.no", "SENT"],
      ["eva@eksempel.no", "SKIPPED"],
    ]);

    // The one mail that went carries the one-click unsubscribe headers and the link in its text.
    const mails = fs.readdirSync(outbox).map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")));
    const mail = mails.find((m) => m.to === "ada@eksempel.no");
    const token = after[0].replyToken!;
    expect(mail.headers["List-Unsubscribe"]).toMatch(new RegExp(`^<https?://.+/api/unsubscribe/${token}>$`));
    expect(mail.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain(`/unsubscribe/${token}`);
    expect(mails.some((m) => m.to === "eva@eksempel.no")).toBe(false);

    // Ada unsubscribes by the link: consent withdrawn, recorded as such, counted on the send.
    expect(await unsubscribeByToken(w.db, token, NOW)).toBe("done");
    expect(await unsubscribeByToken(w.db, token, NOW)).toBe("done");
    expect(await unsubscribeByToken(w.db, "nosuchtoken1", NOW)).toBe("not_found");
    const consent = await w.db.consent.findUniqueOrThrow({
      where: { customerId_purpose: { customerId: ada.id, purpose: "MARKETING_EMAIL" } },
    });
    expect(consent.granted).toBe(false);
    const events = await w.db.consentEvent.findMany({ where: { customerId: ada.id } });
    expect(events).toMatchObject([{ granted: false, source: "unsubscribe link", recordedById: null }]);

    const [row] = await listSegmentSends(w.db, w.manager, segmentId);
    expect(row).toMatchObject({
      state: "DONE",
      queued: 2,
      sent: 1,
      skippedNoConsent: 3, // Bo and Dag at their batch, Eva at delivery
      skippedNoAddress: 1,
      skippedMissingValue: 1,
      unsubscribed: 1,
      bounced: 0,
    });
  });

  it("a batch that dies half way commits nothing, and its retry and a restart queue each customer once", async () => {
    process.env.SEGMENT_SEND_BATCH = "2";
    const { id: templateId } = await template("EMAIL");
    const customers = [];
    for (const name of ["Ane", "Bjørn", "Cato", "Dina", "Even"])
      customers.push(await customer(name, { consent: ["MARKETING_EMAIL"] }));
    const started = await startSegmentSend(w.db, w.manager, { segmentId, templateId }, NOW);
    if (!started.ok) throw new Error(started.reason);

    // The worker dies after queueing the first recipient of the first batch.
    const died = runSegmentSendBatch(w.db, started.sendId, 0, NOW, {
      afterRecipient: () => {
        throw new Error("killed");
      },
    });
    await expect(died).rejects.toThrow("killed");
    expect(await w.db.message.count()).toBe(0);
    expect(await w.db.segmentSend.findUniqueOrThrow({ where: { id: started.sendId } })).toMatchObject({
      cursor: null,
      version: 0,
    });

    // Done for real; then the same job runs again (its worker died before marking it done): nothing.
    expect(await runSegmentSendBatch(w.db, started.sendId, 0, NOW)).toBe("continued");
    expect(await runSegmentSendBatch(w.db, started.sendId, 0, NOW)).toBe("stale");
    expect(await w.db.message.count()).toBe(2);

    // Paused and resumed in the middle: the job queued before the pause does nothing.
    expect(await controlSegmentSend(w.db, w.manager, { sendId: started.sendId, control: "pause" }, NOW)).toEqual({
      ok: true,
    });
    expect(await runner([segmentSendBatchJob]).runDue()).toBe(2); // the jobs of versions 0 and 1: both spent
    expect(await w.db.message.count()).toBe(2);
    await controlSegmentSend(w.db, w.manager, { sendId: started.sendId, control: "resume" }, NOW);

    // A fresh runner (the app restarted) picks the send up at its cursor and finishes it.
    await runner([segmentSendBatchJob]).runDue();
    const messages = await w.db.message.findMany({ where: { segmentSendId: started.sendId } });
    expect(messages.map((m) => m.customerId).sort()).toEqual(customers.map((c) => c.id).sort());
    expect(await w.db.job.count({ where: { kind: "message.deliver" } })).toBe(5);
    expect(await w.db.segmentSend.findUniqueOrThrow({ where: { id: started.sendId } })).toMatchObject({
      state: "DONE",
      queued: 5,
    });
  });

  it("queues a marketing SMS written at night for the next allowed morning in the team's calendar", async () => {
    const { id: templateId } = await template("SMS");
    await customer("Siv", { consent: ["SMS"] });
    await customer("Tor", { consent: ["MARKETING_EMAIL"] }); // e-mail consent only: no SMS
    const saturdayNight = new Date("2026-11-28T21:30:00Z"); // Sat 22:30 Oslo
    const started = await startSegmentSend(w.db, w.manager, { segmentId, templateId }, saturdayNight);
    if (!started.ok) throw new Error(started.reason);
    await runner([segmentSendBatchJob], saturdayNight).runDue();
    const [message] = await w.db.message.findMany({ where: { segmentSendId: started.sendId } });
    expect(message).toMatchObject({ channel: "SMS", address: "+4791234567", status: "QUEUED" });
    const job = await w.db.job.findFirstOrThrow({ where: { kind: "message.deliver" } });
    expect(job.runAt).toEqual(new Date("2026-11-30T07:00:00Z")); // Monday 08:00 Oslo
    const [row] = await listSegmentSends(w.db, w.manager, segmentId);
    expect(row).toMatchObject({ queued: 1, waiting: 1, skippedNoConsent: 1 });
  });
});
