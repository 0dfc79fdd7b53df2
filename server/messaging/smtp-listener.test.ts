import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { queueMessage } from "./queue";
import { replyAddressFor } from "./reply-address";
import { startSmtpListener, type SmtpListener } from "./smtp-listener";

// The self-hosters' way in: a real SMTP conversation with the listener, the MIME parsed by
// mailparser, the quoted message cut, and the reply filed on its thread. Anything not for the
// reply domain is refused at RCPT TO: the listener is no open relay.

const NOW = new Date("2026-11-24T09:15:00Z");

describe.each(testDatabases)("the SMTP listener on $name", (database) => {
  let w: IngestWorld;
  let listener: SmtpListener;
  const transport = () =>
    nodemailer.createTransport({ host: "127.0.0.1", port: listener.port, secure: false, ignoreTLS: true });

  beforeAll(async () => {
    w = await openIngestWorld(database);
    listener = await startSmtpListener({ port: 0, host: "127.0.0.1", db: async () => w.db, now: () => NOW });
  });
  afterAll(async () => {
    await listener?.close();
    await w?.close();
  });

  it("files a reply sent to a message's reply address on its customer, without the quoted text", async () => {
    const customer = await w.db.customer.create({ data: { name: "Kari", email: "kari@eksempel.no", createdAt: NOW } });
    const queued = await w.db.$transaction((tx) =>
      queueMessage(tx, {
        customerId: customer.id,
        leadId: null,
        channel: "EMAIL",
        purpose: "ANSWER",
        address: "kari@eksempel.no",
        subject: "Tilbud",
        body: "Her er tilbudet.",
        templateId: null,
        sentById: null,
        key: null,
        now: new Date("2026-11-24T08:00:00Z"),
      }),
    );
    const sent = await w.db.message.findUniqueOrThrow({ where: { id: queued.messageId } });
    const mail = {
      from: "Kari Nordmann <kari@eksempel.no>",
      to: replyAddressFor(sent.replyToken!),
      subject: "Re: Tilbud",
      text: "Ser bra ut, når kan den leveres?\n\nDen tir. 24. nov. 2026 kl. 09:00 skrev Nordvik Bil:\n> Her er tilbudet.\n",
      messageId: "<smtp-reply-1@eksempel.no>",
      date: new Date("2026-11-24T09:10:00Z"),
    };
    await transport().sendMail(mail);
    const reply = await w.db.message.findFirstOrThrow({ where: { inReplyToId: sent.id } });
    expect(reply).toMatchObject({
      customerId: customer.id,
      direction: "INBOUND",
      status: "RECEIVED",
      address: "kari@eksempel.no",
      subject: "Re: Tilbud",
      body: "Ser bra ut, når kan den leveres?",
      providerId: "smtp-reply-1@eksempel.no",
    });
    // A second delivery of the same mail (the sender's retry) files nothing new.
    await transport().sendMail(mail);
    expect(await w.db.message.count({ where: { inReplyToId: sent.id } })).toBe(1);
  });

  it("refuses recipients outside the reply domain", async () => {
    const before = await w.db.message.count();
    await expect(
      transport().sendMail({ from: "spam@example.com", to: "someone@example.org", subject: "Relay?", text: "x" }),
    ).rejects.toThrow(/550|Relay denied/);
    expect(await w.db.message.count()).toBe(before);
  });
});
