import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mailgunSignatureOf, signHs256Jwt } from "@/lib/messaging/webhook-signatures";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import {
  gatewayApiReplyBody,
  gatewayApiReportBody,
  gatewayApiRequest,
  mailgunReplyForm,
  mailgunRequest,
} from "@/test/messaging/webhook-posts";
import { POST as emailPost } from "@/app/api/inbound/email/route";
import { POST as emailEventsPost } from "@/app/api/inbound/email/events/route";
import { POST as smsPost } from "@/app/api/inbound/sms/route";
import { queueMessage } from "./queue";
import { replyAddressFor } from "./reply-address";

// The webhooks as the providers call them, on a real database: signed requests are filed once,
// forged, stale and replayed ones are refused without writing a row, and bad input gets a 400
// with a JSON message, never a 500. The routes read the clock themselves: signatures are made
// for the real now, and nothing asserted depends on the day.

let world: IngestWorld;
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));

const KEY = "mailgun-signing-key-for-tests";
const SECRET = "gatewayapi-webhook-secret-for-tests";
const EMAIL_URL = "http://localhost/api/inbound/email";
const SMS_URL = "http://localhost/api/inbound/sms";
let serial = 0;

describe.each(testDatabases)("the inbound webhooks on $name", (database) => {
  beforeAll(async () => {
    world = await openIngestWorld(database);
    vi.stubEnv("MAILGUN_WEBHOOK_SIGNING_KEY", KEY);
    vi.stubEnv("SMS_GATEWAYAPI_WEBHOOK_SECRET", SECRET);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await world?.close();
  });

  const rows = async () => ({
    messages: await world.db.message.count(),
    touchpoints: await world.db.touchpoint.count(),
    customers: await world.db.customer.count(),
    leads: await world.db.lead.count(),
  });

  async function sentMessage(channel: "EMAIL" | "SMS", address: string, sentById: string | null = null) {
    const customer = await world.db.customer.create({
      data: {
        name: "Kari Nordmann",
        ...(channel === "EMAIL" ? { email: address } : { phone: address }),
        createdAt: new Date(),
      },
    });
    const queued = await world.db.$transaction((tx) =>
      queueMessage(tx, {
        customerId: customer.id,
        leadId: null,
        channel,
        purpose: "ANSWER",
        address,
        subject: channel === "EMAIL" ? "Tilbud" : null,
        body: "Her er tilbudet.",
        templateId: null,
        sentById,
        key: null,
        now: new Date(),
      }),
    );
    return world.db.message.update({
      where: { id: queued.messageId },
      data: { status: "SENT", providerId: channel === "EMAIL" ? `<m${++serial}@reise.test>` : String(5000 + ++serial) },
    });
  }

  describe("Mailgun inbound e-mail", () => {
    it("files a signed reply on the thread, and a second delivery of the same mail once", async () => {
      const message = await sentMessage("EMAIL", `kari${++serial}@eksempel.no`);
      const mail = {
        from: `Kari Nordmann <${message.address}>`,
        to: replyAddressFor(message.replyToken!),
        text: "Takk, jeg tar det.",
        messageId: `<reply-${serial}@mail.eksempel.no>`,
      };
      const first = await emailPost(mailgunRequest(EMAIL_URL, mailgunReplyForm(mail, KEY)));
      expect(first.status).toBe(200);
      const body = (await first.json()) as { status: string; messageId: string };
      expect(body.status).toBe("created");
      const reply = await world.db.message.findUniqueOrThrow({ where: { id: body.messageId } });
      expect(reply).toMatchObject({
        customerId: message.customerId,
        inReplyToId: message.id,
        body: "Takk, jeg tar det.",
        providerId: `reply-${serial}@mail.eksempel.no`,
      });

      const before = await rows();
      // Mailgun posts again (a timeout on its side): a new token and signature, the same mail.
      const again = await emailPost(mailgunRequest(EMAIL_URL, mailgunReplyForm(mail, KEY)));
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ status: "duplicate", messageId: body.messageId });
      expect(await rows()).toEqual(before);
    });

    it("reads the multipart form Mailgun posts when the mail has attachments, and leaves the files out", async () => {
      const message = await sentMessage("EMAIL", `multi${++serial}@eksempel.no`);
      const fields = mailgunReplyForm(
        { from: message.address, to: replyAddressFor(message.replyToken!), text: "Bilde vedlagt." },
        KEY,
      );
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      form.append("attachment-count", "1");
      form.append(
        "attachment-1",
        new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0x00])], { type: "image/jpeg" }),
        "bil.jpg",
      );
      const response = await emailPost(new Request(EMAIL_URL, { method: "POST", body: form }));
      expect(response.status).toBe(200);
      const { messageId } = (await response.json()) as { messageId: string };
      expect(await world.db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
        inReplyToId: message.id,
        body: "Bilde vedlagt.",
      });
    });

    it("refuses forged, stale and replayed posts without writing anything", async () => {
      const before = await rows();
      const mail = { from: "x@eksempel.no", to: "reply+abcdefgh@reply.reise.test", text: "Hei" };
      const forged = mailgunReplyForm(mail, "not-our-key");
      expect((await emailPost(mailgunRequest(EMAIL_URL, forged))).status).toBe(401);

      const tampered = mailgunReplyForm(mail, KEY);
      tampered.set("timestamp", String(Number(tampered.get("timestamp")) - 1));
      expect((await emailPost(mailgunRequest(EMAIL_URL, tampered))).status).toBe(401);

      const unsigned = mailgunReplyForm(mail, KEY);
      unsigned.delete("signature");
      const refused = await emailPost(mailgunRequest(EMAIL_URL, unsigned));
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: { code: "unauthorized" } });

      const old = mailgunReplyForm({ ...mail, signedAt: new Date(Date.now() - 20 * 60_000) }, KEY);
      expect((await emailPost(mailgunRequest(EMAIL_URL, old))).status).toBe(406);

      const json = new Request(EMAIL_URL, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ recipient: mail.to }),
      });
      expect((await emailPost(json)).status).toBe(401);
      expect(await rows()).toEqual(before);

      // The same signed request twice: the second is a replay.
      const replayed = mailgunReplyForm({ ...mail, from: "bad address" }, KEY);
      expect((await emailPost(mailgunRequest(EMAIL_URL, replayed))).status).toBe(400);
      expect((await emailPost(mailgunRequest(EMAIL_URL, replayed))).status).toBe(406);
    });

    it("answers bad input with 400 and a JSON message naming the field", async () => {
      const noRecipient = mailgunReplyForm({ from: "x@eksempel.no", to: "", text: "Hei" }, KEY);
      const response = await emailPost(mailgunRequest(EMAIL_URL, noRecipient));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: "validation_failed", issues: [{ path: "recipient" }] },
      });
      const badFrom = mailgunReplyForm({ from: "Kari <not an address>", to: "post@reply.reise.test", text: "x" }, KEY);
      const refused = await emailPost(mailgunRequest(EMAIL_URL, badFrom));
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({
        error: { issues: [{ path: "from", message: "is not an e-mail address" }] },
      });
    });

    it("is off (404) without a signing key", async () => {
      vi.stubEnv("MAILGUN_WEBHOOK_SIGNING_KEY", "");
      const form = mailgunReplyForm({ from: "x@eksempel.no", to: "post@reply.reise.test", text: "Hei" }, KEY);
      expect((await emailPost(mailgunRequest(EMAIL_URL, form))).status).toBe(404);
      vi.stubEnv("MAILGUN_WEBHOOK_SIGNING_KEY", KEY);
    });

    it("marks a message BOUNCED on a permanent failure event, and ignores a temporary one", async () => {
      const message = await sentMessage("EMAIL", `bounce${++serial}@eksempel.no`);
      const event = (severity: string) => {
        const timestamp = String(Math.floor(Date.now() / 1000));
        const token = `t${++serial}`.padEnd(50, "x");
        return new Request(`${EMAIL_URL}/events`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            signature: { timestamp, token, signature: mailgunSignatureOf(KEY, timestamp, token) },
            "event-data": {
              event: "failed",
              severity,
              message: { headers: { "message-id": message.providerId!.replace(/[<>]/g, "") } },
              "delivery-status": { description: "550 5.1.1 The email account does not exist" },
            },
          }),
        });
      };
      expect((await emailEventsPost(event("temporary"))).status).toBe(200);
      expect((await world.db.message.findUniqueOrThrow({ where: { id: message.id } })).status).toBe("SENT");
      expect(await (await emailEventsPost(event("permanent"))).json()).toEqual({ found: true, changed: true });
      expect(await world.db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
        status: "BOUNCED",
        error: "Bounced: 550 5.1.1 The email account does not exist",
      });
    });
  });

  describe("GatewayAPI SMS webhook", () => {
    it("files a signed reply on the number's thread, once however often it is posted", async () => {
      const phone = `+47912${String(++serial).padStart(5, "0")}`;
      const message = await sentMessage("SMS", phone);
      const body = gatewayApiReplyBody({ from: phone, text: "Ja takk" });
      const first = await smsPost(gatewayApiRequest(SMS_URL, body, SECRET));
      expect(first.status).toBe(200);
      const filed = (await first.json()) as { status: string; messageId: string; leadId: string | null };
      expect(await world.db.message.findUniqueOrThrow({ where: { id: filed.messageId } })).toMatchObject({
        customerId: message.customerId,
        inReplyToId: message.id,
        address: phone,
        body: "Ja takk",
        providerId: String(body.id),
      });
      const before = await rows();
      const again = await smsPost(gatewayApiRequest(SMS_URL, body, SECRET));
      expect(await again.json()).toEqual({
        status: "duplicate",
        messageId: filed.messageId,
        customerId: message.customerId,
        // The message answered no lead: the reply opened one, and the retry names it.
        leadId: filed.leadId,
      });
      expect(filed.leadId).toEqual(expect.any(String));
      expect(await rows()).toEqual(before);
    });

    it("refuses a missing or forged signature, and one made for another message", async () => {
      const before = await rows();
      const body = gatewayApiReplyBody({ from: "+4791200000", text: "Hei" });
      const unsigned = new Request(SMS_URL, { method: "POST", body: JSON.stringify(body) });
      expect((await smsPost(unsigned)).status).toBe(401);
      expect((await smsPost(gatewayApiRequest(SMS_URL, body, "not-our-secret"))).status).toBe(401);
      const otherBody = gatewayApiReplyBody({ from: "+4791200000", text: "Send meg alt" });
      const stolen = new Request(SMS_URL, {
        method: "POST",
        headers: { "x-gwapi-signature": signHs256Jwt({ id: body.id }, SECRET) },
        body: JSON.stringify(otherBody),
      });
      expect((await smsPost(stolen)).status).toBe(401);
      expect(await rows()).toEqual(before);
    });

    it("answers bad input with 400 and a JSON message", async () => {
      const invalid = await smsPost(
        new Request(SMS_URL, { method: "POST", headers: { "x-gwapi-signature": signHs256Jwt({}, SECRET) }, body: "{" }),
      );
      expect(invalid.status).toBe(400);
      expect(await invalid.json()).toMatchObject({ error: { code: "invalid_json" } });
      const body = { ...gatewayApiReplyBody({ from: "+4791200000", text: "Hei" }), msisdn: "abc" };
      const response = await smsPost(gatewayApiRequest(SMS_URL, body, SECRET));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: "validation_failed", issues: [{ path: "msisdn" }] },
      });
      const neither = await smsPost(gatewayApiRequest(SMS_URL, { id: 1 }, SECRET));
      expect(neither.status).toBe(400);
    });

    it("fails a message GatewayAPI could not deliver, and leaves a delivered one SENT", async () => {
      const delivered = await sentMessage("SMS", "+4791299001");
      const lost = await sentMessage("SMS", "+4791299002", world.reps.carA);
      const report = (messageId: string, status: string) =>
        smsPost(
          gatewayApiRequest(SMS_URL, gatewayApiReportBody({ messageId, status, error: "Absent subscriber" }), SECRET),
        );
      expect((await report(delivered.id, "DELIVERED")).status).toBe(200);
      expect((await report(lost.id, "UNDELIVERABLE")).status).toBe(200);
      expect((await world.db.message.findUniqueOrThrow({ where: { id: delivered.id } })).status).toBe("SENT");
      const failed = await world.db.message.findUniqueOrThrow({ where: { id: lost.id } });
      expect(failed.status).toBe("FAILED");
      expect(failed.error).toContain("UNDELIVERABLE");
      expect(failed.error).toContain("Absent subscriber");
      // The rep who sent it is told: they believe the customer has their answer.
      const told = () =>
        world.db.notification.count({ where: { userId: world.reps.carA, kind: "MESSAGE_NOT_DELIVERED" } });
      expect(await told()).toBe(1);
      // GatewayAPI reports it again: nothing changes, nobody is told twice.
      expect(await (await report(lost.id, "UNDELIVERABLE")).json()).toEqual({ found: true, changed: false });
      expect(await told()).toBe(1);
    });
  });
});
