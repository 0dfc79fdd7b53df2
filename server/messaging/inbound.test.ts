import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slaDueAt } from "@/lib/sla";
import { touchpointIngestSchema } from "@/lib/validation/touchpoint-ingest";
import { setRoundRobin } from "@/server/routing/setting";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { recordInboundMessage, type InboundMessageInput } from "./inbound";
import { queueMessage } from "./queue";
import { replyAddressFor } from "./reply-address";

// Tuesday 24 November 2026, 10:15 in Oslo (UTC+1): inside business hours.
const NOW = new Date("2026-11-24T09:15:00Z");
const SENT = new Date("2026-11-24T09:14:00Z");
const hoursAgo = (n: number) => new Date(NOW.getTime() - n * 3_600_000);
let serial = 0;

describe.each(testDatabases)("recordInboundMessage on $name", (database) => {
  let w: IngestWorld;

  beforeAll(async () => {
    w = await openIngestWorld(database);
    await setRoundRobin(w.db, w.manager, { enabled: true });
  });
  afterAll(async () => {
    await w?.close();
  });

  /** A customer who asked, was answered by their rep (the clock stopped), and got our message. */
  async function answeredConversation(channel: "EMAIL" | "SMS", contact: { email?: string; phone?: string }) {
    const asked = await ingestTouchpoint(
      w.db,
      w.key,
      touchpointIngestSchema(NOW).parse({
        channel: "CHAT",
        kind: "CHAT_MESSAGE",
        customer: { ...contact, name: "Kari Nordmann" },
        text: "Hei",
        occurredAt: hoursAgo(3).toISOString(),
      }),
      hoursAgo(3),
    );
    if (asked.status !== "created" || !asked.leadId) throw new Error("no lead");
    const lead = await w.db.lead.update({
      where: { id: asked.leadId },
      data: { waitingSince: null, slaDueAt: null, firstResponseAt: hoursAgo(2) },
      select: { id: true, ownerId: true },
    });
    const sent = await w.db.$transaction((tx) =>
      queueMessage(tx, {
        customerId: asked.customerId,
        leadId: lead.id,
        channel,
        purpose: "ANSWER",
        address: channel === "EMAIL" ? contact.email! : contact.phone!,
        subject: channel === "EMAIL" ? "Prøvekjøring" : null,
        body: "Passer torsdag?",
        templateId: null,
        sentById: lead.ownerId,
        key: null,
        now: hoursAgo(1),
      }),
    );
    const message = await w.db.message.findUniqueOrThrow({ where: { id: sent.messageId } });
    return { customerId: asked.customerId, leadId: lead.id, ownerId: lead.ownerId!, message };
  }

  const reply = (input: Partial<InboundMessageInput> & Pick<InboundMessageInput, "channel" | "from">) =>
    recordInboundMessage(
      w.db,
      { providerId: `p-${++serial}`, text: "Ja, torsdag passer fint.", sentAt: SENT, ...input },
      NOW,
    );

  it("files an e-mail reply by its token on the message's customer and lead, restarts the clock and tells the owner", async () => {
    const talk = await answeredConversation("EMAIL", { email: "kari.token@eksempel.no" });
    // Sent from another address (her work mail): the token, not the From header, says who it is.
    const result = await reply({
      channel: "EMAIL",
      from: "kari@jobb.example",
      recipients: [`Nordvik Bil <${replyAddressFor(talk.message.replyToken!)}>`],
      subject: "Re: Prøvekjøring",
      text: "Ja, torsdag passer fint.",
    });
    expect(result).toMatchObject({
      status: "created",
      customerId: talk.customerId,
      leadId: talk.leadId,
      inReplyToId: talk.message.id,
      created: { customer: false, lead: false },
    });

    const inbound = await w.db.message.findUniqueOrThrow({ where: { id: result.messageId } });
    expect(inbound).toMatchObject({
      direction: "INBOUND",
      status: "RECEIVED",
      channel: "EMAIL",
      address: "kari@jobb.example",
      subject: "Re: Prøvekjøring",
      body: "Ja, torsdag passer fint.",
      touchpointId: result.touchpointId,
    });
    const touchpoint = await w.db.touchpoint.findUniqueOrThrow({ where: { id: result.touchpointId } });
    expect(touchpoint).toMatchObject({
      customerId: talk.customerId,
      leadId: talk.leadId,
      direction: "INBOUND",
      channel: "EMAIL",
      kind: "EMAIL",
      owner: "CUSTOMER",
      occurredAt: SENT,
      summary: "Re: Prøvekjøring\n\nJa, torsdag passer fint.",
    });
    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: talk.leadId } });
    expect(lead.waitingSince).toEqual(SENT);
    expect(lead.slaDueAt).toEqual(slaDueAt(SENT, "EMAIL"));
    const told = await w.db.notification.findMany({ where: { leadId: talk.leadId, kind: "CUSTOMER_WROTE" } });
    expect(told.map((n) => n.userId)).toContain(talk.ownerId);
    // The clock's warning and breach are planned like any signal's.
    expect(await w.db.job.count({ where: { key: { contains: talk.leadId } } })).toBeGreaterThan(0);
    // Their words are in the message and the timeline only: not in the audit log, not in the lead.
    const audit = await w.db.auditLog.findMany({ select: { data: true } });
    expect(JSON.stringify(audit)).not.toContain("torsdag passer");
    expect(lead.interest).not.toContain("torsdag");
  });

  it("feeds the lead the customer answers, not a newer open one", async () => {
    const talk = await answeredConversation("EMAIL", { email: "kari.two@eksempel.no" });
    const answered = await w.db.lead.findUniqueOrThrow({ where: { id: talk.leadId } });
    const newer = await w.db.lead.create({
      data: {
        customerId: talk.customerId,
        interest: "Tilhenger",
        category: "CAR",
        sourceChannel: "WEB",
        createdAt: new Date(answered.createdAt.getTime() + 60_000),
      },
    });
    const result = await reply({
      channel: "EMAIL",
      from: "kari.two@eksempel.no",
      recipients: [replyAddressFor(talk.message.replyToken!)],
    });
    expect(result.leadId).toBe(talk.leadId);
    expect((await w.db.lead.findUniqueOrThrow({ where: { id: newer.id } })).waitingSince).toBeNull();
  });

  it("files an SMS reply on the customer we last wrote to at that number, even when a newer customer shares it", async () => {
    const phone = "+4791234501";
    const talk = await answeredConversation("SMS", { phone });
    // Her husband, entered later with the family phone, and more recently active.
    await w.db.customer.create({ data: { name: "Ola Nordmann", phone, lastActivityAt: NOW, createdAt: NOW } });
    const result = await reply({ channel: "SMS", from: phone, text: "Ja takk" });
    expect(result).toMatchObject({
      status: "created",
      customerId: talk.customerId,
      leadId: talk.leadId,
      inReplyToId: talk.message.id,
    });
    const touchpoint = await w.db.touchpoint.findUniqueOrThrow({ where: { id: result.touchpointId } });
    expect(touchpoint).toMatchObject({ channel: "SMS", kind: "SMS", summary: "Ja takk", direction: "INBOUND" });
    expect((await w.db.lead.findUniqueOrThrow({ where: { id: talk.leadId } })).slaDueAt).toEqual(slaDueAt(SENT, "SMS"));
  });

  it("files an SMS from a number we never wrote to on the customer with that number", async () => {
    const customer = await w.db.customer.create({
      data: { name: "Per Hansen", phone: "+4791234502", lastActivityAt: hoursAgo(48), createdAt: hoursAgo(48) },
    });
    const result = await reply({ channel: "SMS", from: "+4791234502", text: "Har dere bilen inne?" });
    expect(result).toMatchObject({
      customerId: customer.id,
      inReplyToId: null,
      created: { customer: false, lead: true },
    });
  });

  it("opens a lead for an unknown sender as an ingest signal would, with a headline that is not their words", async () => {
    const before = await w.db.customer.count();
    const result = await reply({
      channel: "EMAIL",
      from: "ny.kunde@eksempel.no",
      name: "Nina Ny",
      recipients: ["post@reply.reise.test"],
      subject: "Pris på elbil?",
      text: "Hva koster den?",
    });
    expect(result).toMatchObject({ status: "created", inReplyToId: null, created: { customer: true, lead: true } });
    expect(await w.db.customer.count()).toBe(before + 1);
    const customer = await w.db.customer.findUniqueOrThrow({ where: { id: result.customerId } });
    expect(customer).toMatchObject({ name: "Nina Ny", email: "ny.kunde@eksempel.no" });
    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: result.leadId! } });
    expect(lead).toMatchObject({ interest: "Reply by e-mail", sourceChannel: "EMAIL", waitingSince: SENT });
    expect(lead.ownerId).not.toBeNull();
    const assigned = await w.db.notification.findMany({ where: { leadId: lead.id, kind: "LEAD_ASSIGNED" } });
    expect(assigned.map((n) => n.userId)).toEqual([lead.ownerId]);
  });

  it("does not follow the thread of an erased customer", async () => {
    const talk = await answeredConversation("EMAIL", { email: "erased@eksempel.no" });
    await w.db.customer.update({ where: { id: talk.customerId }, data: { erasedAt: hoursAgo(0.5) } });
    const result = await reply({
      channel: "EMAIL",
      from: "erased@eksempel.no",
      recipients: [replyAddressFor(talk.message.replyToken!)],
    });
    expect(result.customerId).not.toBe(talk.customerId);
    expect(result).toMatchObject({ inReplyToId: null, created: { customer: true } });
  });

  it("files a reply delivered twice once, also when both deliveries arrive at the same time", async () => {
    const talk = await answeredConversation("SMS", { phone: "+4791234503" });
    const count = async () => ({
      messages: await w.db.message.count(),
      touchpoints: await w.db.touchpoint.count(),
      notifications: await w.db.notification.count(),
    });
    const first = await reply({ channel: "SMS", from: "+4791234503", providerId: "gw-42" });
    const before = await count();
    const again = await reply({ channel: "SMS", from: "+4791234503", providerId: "gw-42" });
    expect(again).toMatchObject({ status: "duplicate", messageId: first.messageId, leadId: talk.leadId });
    expect(await count()).toEqual(before);

    const both = await Promise.all([
      reply({ channel: "SMS", from: "+4791234503", providerId: "gw-43" }),
      reply({ channel: "SMS", from: "+4791234503", providerId: "gw-43" }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(["created", "duplicate"]);
    expect(both[0].messageId).toBe(both[1].messageId);
    expect(await w.db.message.count({ where: { providerId: "gw-43" } })).toBe(1);
  });
});
