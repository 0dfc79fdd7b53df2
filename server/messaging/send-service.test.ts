import crypto from "node:crypto";
import fs from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SendMessageInput } from "@/lib/validation/send-message";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { deliverMessage } from "./deliver-job";
import { sendCustomerMessage } from "./send-service";

// Tuesday 24 November 2026, 10:15 in Oslo: inside business hours.
const NOW = new Date("2026-11-24T09:15:00Z");

const outbox = await fs.mkdtemp(path.join(os.tmpdir(), "reise-outbox-"));
process.env.REISE_OUTBOX_DIR = outbox;
delete process.env.SMTP_URL;
delete process.env.SMS_GATEWAYAPI_TOKEN;

function sms(customerId: string, leadId: string | null, body: string, extra: Partial<SendMessageInput> = {}) {
  return {
    customerId,
    leadId,
    idempotencyKey: crypto.randomUUID(),
    channel: "SMS",
    templateId: null,
    subject: null,
    body,
    ...extra,
  } satisfies SendMessageInput;
}

async function outboxFiles(match: string) {
  const names = await fs.readdir(outbox);
  const files = await Promise.all(names.map((n) => fs.readFile(path.join(outbox, n), "utf8")));
  return files.filter((f) => f.includes(match));
}

describe.each(testDatabases)("sending a message to a customer on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
  });
  afterAll(async () => w?.close());

  it("queues the SMS on the timeline, stops the response clock like an answered call, and delivers it once", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW, waitingMinutes: 30 });
    const result = await sendCustomerMessage(
      w.db,
      w.sales,
      sms(lead.customerId, lead.id, "Hei {{firstName}}, {{product}} kan leveres på tre uker. Hilsen {{repName}}"),
      NOW,
    );
    expect(result).toMatchObject({ ok: true, replayed: false });
    if (!result.ok) return;

    const message = await w.db.message.findUniqueOrThrow({
      where: { id: result.messageId },
      include: { touchpoint: true },
    });
    expect(message).toMatchObject({
      status: "QUEUED",
      direction: "OUTBOUND",
      channel: "SMS",
      address: "+4790000000",
      body: "Hei Kari, Elbil kan leveres på tre uker. Hilsen sales",
      leadId: lead.id,
    });
    expect(message.touchpoint).toMatchObject({
      direction: "OUTBOUND",
      kind: "SMS",
      leadId: lead.id,
      actorId: w.sales.userId,
    });
    expect(await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      waitingSince: null,
      slaDueAt: null,
      firstResponseAt: NOW,
      firstResponseMinutes: 30,
    });
    expect(await w.db.job.count({ where: { kind: "message.deliver", key: result.messageId } })).toBe(1);

    await deliverMessage(w.db, result.messageId, NOW);
    await deliverMessage(w.db, result.messageId, NOW); // the job run again: nothing more goes out
    expect(await w.db.message.findUniqueOrThrow({ where: { id: result.messageId } })).toMatchObject({
      status: "SENT",
      sentAt: NOW,
    });
    expect(await outboxFiles(result.messageId)).toHaveLength(1);
  });

  it("never sends twice when a delivery was cut off mid-send: it is marked not delivered instead", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const result = await sendCustomerMessage(w.db, w.sales, sms(lead.customerId, lead.id, "Vi ringer deg i dag."), NOW);
    if (!result.ok) throw new Error("not sent");
    // A worker that claimed it and died before it could record the outcome.
    await w.db.message.update({ where: { id: result.messageId }, data: { status: "SENDING" } });
    await deliverMessage(w.db, result.messageId, NOW, 2);
    expect(await w.db.message.findUniqueOrThrow({ where: { id: result.messageId } })).toMatchObject({
      status: "FAILED",
      error: "interrupted",
    });
    expect(await outboxFiles(result.messageId)).toHaveLength(0);
    // The rep believes the customer has the answer: they are told it did not arrive.
    expect(
      await w.db.notification.findMany({ where: { userId: w.sales.userId, key: `not-delivered:${result.messageId}` } }),
    ).toMatchObject([{ kind: "MESSAGE_NOT_DELIVERED", leadId: lead.id, data: { channel: "SMS" } }]);
  });

  it("a number GatewayAPI refuses is not delivered and not retried; the rep is told", async () => {
    const requests: { auth?: string; body: { recipients: { msisdn: number }[]; message: string } }[] = [];
    const server = http.createServer((req, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c));
      req.on("end", () => {
        requests.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: "0x0211", message: "Invalid recipient" }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.SMS_GATEWAYAPI_TOKEN = "test-token";
    process.env.SMS_GATEWAYAPI_URL = `http://127.0.0.1:${(server.address() as { port: number }).port}/rest/mtsms`;
    try {
      const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
      const result = await sendCustomerMessage(w.db, w.sales, sms(lead.customerId, lead.id, "Hei!"), NOW);
      if (!result.ok) throw new Error(result.reason);
      await deliverMessage(w.db, result.messageId, NOW, 1);
      expect(requests).toEqual([
        {
          auth: "Token test-token",
          body: expect.objectContaining({ recipients: [{ msisdn: 4790000000 }], message: "Hei!" }),
        },
      ]);
      expect(await w.db.message.findUniqueOrThrow({ where: { id: result.messageId } })).toMatchObject({
        status: "FAILED",
        error: "GatewayAPI answered 400: Invalid recipient",
      });
      expect(await w.db.notification.count({ where: { key: `not-delivered:${result.messageId}` } })).toBe(1);
    } finally {
      delete process.env.SMS_GATEWAYAPI_TOKEN;
      delete process.env.SMS_GATEWAYAPI_URL;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("a double submit is one message", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const input = sms(lead.customerId, lead.id, "Takk for praten!");
    const [first, second] = [
      await sendCustomerMessage(w.db, w.sales, input, NOW),
      await sendCustomerMessage(w.db, w.sales, input, NOW),
    ];
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(second).toMatchObject({ ok: true, replayed: true });
    expect(await w.db.message.count({ where: { customerId: lead.customerId } })).toBe(1);
  });

  it("refuses, sending nothing and leaving the clock running: a variable with no value, an SMS too long, no number", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const missing = await sendCustomerMessage(
      w.db,
      w.sales,
      sms(lead.customerId, lead.id, "Levering {{expectedDate}}"),
      NOW,
    );
    expect(missing).toEqual({ ok: false, reason: "missing_values", missing: ["expectedDate"] });

    const long = await sendCustomerMessage(
      w.db,
      w.sales,
      sms(lead.customerId, lead.id, "{{product}} ".repeat(160)),
      NOW,
    );
    expect(long).toMatchObject({ ok: false, reason: "sms_too_long", parts: 7 });

    await w.db.customer.update({ where: { id: lead.customerId }, data: { phone: "90000000" } });
    const noNumber = await sendCustomerMessage(w.db, w.sales, sms(lead.customerId, lead.id, "Hei"), NOW);
    expect(noNumber).toEqual({ ok: false, reason: "no_address" });

    expect(await w.db.message.count({ where: { customerId: lead.customerId } })).toBe(0);
    expect((await w.db.lead.findUniqueOrThrow({ where: { id: lead.id } })).waitingSince).not.toBeNull();
  });

  it("a marketing template needs the customer's consent, checked again when it is delivered", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    const template = await w.db.messageTemplate.create({
      data: {
        name: `Vinterdekk ${crypto.randomUUID()}`,
        channel: "SMS",
        purpose: "MARKETING",
        locale: "nb",
        body: "Hei {{firstName}}! Vinterdekk til halv pris.",
      },
    });
    const input = () => sms(lead.customerId, lead.id, template.body, { templateId: template.id });
    expect(await sendCustomerMessage(w.db, w.sales, input(), NOW)).toEqual({ ok: false, reason: "no_consent" });

    await w.db.consent.create({ data: { customerId: lead.customerId, purpose: "SMS", granted: true, updatedAt: NOW } });
    const sent = await sendCustomerMessage(w.db, w.sales, input(), NOW);
    if (!sent.ok) throw new Error(sent.reason);
    // Withdrawn after it was queued and before it went out: it does not go out.
    await w.db.consent.update({
      where: { customerId_purpose: { customerId: lead.customerId, purpose: "SMS" } },
      data: { granted: false },
    });
    await deliverMessage(w.db, sent.messageId, NOW);
    expect(await w.db.message.findUniqueOrThrow({ where: { id: sent.messageId } })).toMatchObject({
      status: "SKIPPED",
      error: "no_consent",
    });
    expect(await outboxFiles(sent.messageId)).toHaveLength(0);
  });

  it("a rep cannot write to another rep's customer, and learns nothing about it", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales2.userId, now: NOW });
    expect(await sendCustomerMessage(w.db, w.sales, sms(lead.customerId, lead.id, "Hei"), NOW)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await sendCustomerMessage(w.db, w.customer, sms(lead.customerId, null, "Hei"), NOW)).toEqual({
      ok: false,
      reason: "not_found",
    });
  });
});
