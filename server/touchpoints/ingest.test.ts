import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { touchpointIngestSchema, type TouchpointIngestInput } from "@/lib/validation/touchpoint-ingest";
import { authenticateApiKey } from "@/server/api-keys/keys";
import { revokeApiKey } from "@/server/api-keys/service";
import { DEFAULT_SLA_CONFIG } from "@/lib/sla";
import { testDatabases } from "@/test/worlds/databases";
import { setRoundRobin } from "@/server/routing/setting";
import { saveSlaConfig } from "@/server/settings/sla";
import { ingestTouchpoint } from "./ingest";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";

// Tuesday 24 November 2026, 10:15 in Oslo (UTC+1): inside business hours.
const NOW = new Date("2026-11-24T09:15:00Z");
const minutes = (n: number) => n * 60_000;
let serial = 0;
const uniqueEmail = () => `kunde${++serial}@eksempel.no`;

describe.each(testDatabases)("ingestTouchpoint on $name", (database) => {
  let w: IngestWorld;
  const ingest = (input: Partial<TouchpointIngestInput> & Pick<TouchpointIngestInput, "customer">, now = NOW) =>
    ingestTouchpoint(
      w.db,
      w.key,
      touchpointIngestSchema(now).parse({ channel: "CHAT", kind: "CHAT_MESSAGE", ...input }),
      now,
    );
  const counts = async () => ({
    customers: await w.db.customer.count(),
    touchpoints: await w.db.touchpoint.count(),
    leads: await w.db.lead.count(),
    audit: await w.db.auditLog.count(),
  });

  beforeAll(async () => {
    w = await openIngestWorld(database);
  });
  afterAll(async () => {
    await w?.close();
  });
  beforeEach(async () => {
    await setRoundRobin(w.db, w.manager, { enabled: true });
  });

  it("creates the customer, the touchpoint and a lead whose clock runs from the signal", async () => {
    const result = await ingest({
      customer: { email: uniqueEmail(), name: "Kari Nordmann" },
      text: "Hvor fort kan dere levere?",
      occurredAt: "2026-11-24T09:10:00Z",
    });
    expect(result).toMatchObject({ status: "created", created: { customer: true, lead: true } });
    if (result.status !== "created") throw new Error("unreachable");

    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: result.leadId! } });
    expect(lead.waitingSince).toEqual(new Date("2026-11-24T09:10:00Z"));
    // Chat: 15 business minutes, inside opening hours.
    expect(lead.slaDueAt).toEqual(new Date("2026-11-24T09:25:00Z"));
    expect(lead).toMatchObject({
      stage: "NEW",
      sourceChannel: "CHAT",
      category: "CAR",
      interest: "Hvor fort kan dere levere?",
    });
    // "levere" → delivery_time, the strongest signal: 80 points and a strong signal today → HOT.
    expect(lead.score).toBe(80);
    expect(lead.readiness).toBe("HOT");
    expect(lead.ownerId).not.toBeNull();

    const touchpoint = await w.db.touchpoint.findUniqueOrThrow({ where: { id: result.touchpointId } });
    expect(touchpoint).toMatchObject({
      customerId: result.customerId,
      leadId: lead.id,
      direction: "INBOUND",
      phase: "BEFORE",
      owner: "CUSTOMER",
      kind: "CHAT_MESSAGE",
      stage: "RESEARCH",
      topic: "delivery_time",
      summary: "Hvor fort kan dere levere?",
    });
    const customer = await w.db.customer.findUniqueOrThrow({ where: { id: result.customerId } });
    expect(customer).toMatchObject({ name: "Kari Nordmann", journeyStage: "RESEARCH", ownerId: lead.ownerId });
    expect(customer.lastActivityAt).toEqual(new Date("2026-11-24T09:10:00Z"));

    const audit = await w.db.auditLog.findMany({ where: { entityId: lead.id }, orderBy: { action: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["lead.assigned", "lead.created"]);
    expect(audit[0].data).toMatchObject({ to: lead.ownerId, via: "round_robin" });
    expect(audit[1].data).toMatchObject({ via: "api", apiKeyId: w.key.id });
  });

  it("counts only business hours: a Friday 16:50 chat is due Monday 08:05, an email Monday 12:00", async () => {
    const friday = new Date("2026-11-27T15:50:00Z"); // 16:50 in Oslo
    const chat = await ingest({ customer: { email: uniqueEmail() } }, friday);
    const email = await ingest(
      { customer: { email: uniqueEmail() }, channel: "EMAIL", kind: "EMAIL", text: "Pris?" },
      friday,
    );
    const due = async (r: typeof chat) =>
      (await w.db.lead.findUniqueOrThrow({ where: { id: (r as { leadId: string }).leadId } })).slaDueAt;
    expect(await due(chat)).toEqual(new Date("2026-11-30T07:05:00Z"));
    // 240 minutes: 10 left on Friday, 230 from Monday 08:00 → 11:50 Oslo.
    expect(await due(email)).toEqual(new Date("2026-11-30T10:50:00Z"));
  });

  it("uses the promise a manager set: a 45-minute chat on UTC hours, Friday 15:50 UTC, is due the same day", async () => {
    const friday = new Date("2026-11-27T15:50:00Z");
    const config = {
      minutesByChannel: { ...DEFAULT_SLA_CONFIG.minutesByChannel, CHAT: 45 },
      hours: { ...DEFAULT_SLA_CONFIG.hours, timeZone: "UTC" },
    };
    expect(await saveSlaConfig(w.db, w.manager, config)).toMatchObject({ ok: true });
    // Round-robin off, so the new customer gets no team: a team's lead counts in the team's own
    // calendar (server/teams/calendar.ts), a team-less one in these default hours.
    await setRoundRobin(w.db, w.manager, { enabled: false });
    try {
      const result = await ingest({ customer: { email: uniqueEmail() } }, friday);
      const lead = await w.db.lead.findUniqueOrThrow({ where: { id: (result as { leadId: string }).leadId } });
      expect(lead.slaDueAt).toEqual(new Date("2026-11-27T16:35:00Z"));
      // The promise in force when the clock started stays with the lead: the dashboard measures against it.
      expect(lead.slaMinutes).toBe(45);
    } finally {
      await w.db.appSetting.delete({ where: { key: "sla" } });
    }
  });

  it("a repeat of the same externalId returns the first touchpoint and creates nothing", async () => {
    const input = { customer: { email: uniqueEmail() }, externalId: "chat-4711", text: "Har dere den på lager?" };
    const first = await ingest(input);
    const before = await counts();
    const again = await ingest({ ...input, text: "a retry may even differ" }, new Date(NOW.getTime() + minutes(1)));
    expect(again).toEqual({ ...first, status: "duplicate", created: { customer: false, lead: false } });
    expect(await counts()).toEqual(before);
  });

  // With different customers nothing else serialises the two transactions, so on
  // PostgreSQL the unique index decides and the loser's P2002 is turned into "duplicate".
  it.each([
    ["the same", false],
    ["differing", true],
  ])("two deliveries of one signal at once, with %s customer details, record it once", async (_, differ) => {
    const externalId = `form-race-${differ}`;
    const input = {
      customer: { email: uniqueEmail() },
      externalId,
      channel: "WEB" as const,
      kind: "FORM_SUBMISSION" as const,
    };
    const before = await counts();
    const [a, b] = await Promise.all([
      ingest(input),
      ingest(differ ? { ...input, customer: { email: uniqueEmail() } } : input),
    ]);
    expect(a.status === "created" ? b.status : a.status).toBe("duplicate");
    expect((a as { touchpointId: string }).touchpointId).toBe((b as { touchpointId: string }).touchpointId);
    const after = await counts();
    expect(after.touchpoints - before.touchpoints).toBe(1);
    expect(after.customers - before.customers).toBe(1);
    expect(after.leads - before.leads).toBe(1);
  });

  it("the same externalId from another key is another signal", async () => {
    const input = { customer: { email: uniqueEmail() }, externalId: "1" };
    const viaChat = await ingest(input);
    const other = await w.db.apiKey.create({
      data: { name: "Store system", prefix: "rk_live_xxxx", hash: "f".repeat(64), createdById: w.manager.userId },
    });
    const viaStore = await ingestTouchpoint(
      w.db,
      { id: other.id, name: other.name },
      touchpointIngestSchema(NOW).parse({ ...input, channel: "STORE", kind: "STORE_VISIT" }),
      NOW,
    );
    expect(viaStore.status).toBe("created");
    expect((viaStore as { touchpointId: string }).touchpointId).not.toBe(
      (viaChat as { touchpointId: string }).touchpointId,
    );
  });

  it("a second signal on an open lead keeps the oldest waitingSince and its due time", async () => {
    const email = uniqueEmail();
    const first = await ingest({
      customer: { email },
      text: "Hei, jeg lurer på pris",
      occurredAt: "2026-11-24T08:30:00Z",
    });
    const lead0 = await w.db.lead.findUniqueOrThrow({ where: { id: (first as { leadId: string }).leadId } });
    const second = await ingest({
      customer: { email },
      channel: "PHONE",
      kind: "CALLBACK_REQUEST",
      text: "Ring meg",
      occurredAt: "2026-11-24T09:05:00Z",
    });
    expect(second).toMatchObject({ status: "created", leadId: lead0.id, created: { customer: false, lead: false } });
    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: lead0.id } });
    expect(lead.waitingSince).toEqual(new Date("2026-11-24T08:30:00Z"));
    expect(lead.slaDueAt).toEqual(lead0.slaDueAt);
    expect(lead.lastActivityAt).toEqual(new Date("2026-11-24T09:05:00Z"));
    expect(lead.version).toBe(lead0.version + 1);
    // Price (65) and a callback request (50): more than either alone.
    expect(lead.score).toBeGreaterThan(lead0.score);
    expect(await w.db.lead.count({ where: { customerId: lead.customerId } })).toBe(1);
  });

  it("restarts the clock when a customer we already answered asks again", async () => {
    const email = uniqueEmail();
    const first = await ingest({ customer: { email }, occurredAt: "2026-11-24T08:00:00Z" });
    const leadId = (first as { leadId: string }).leadId;
    await w.db.lead.update({
      where: { id: leadId },
      data: {
        waitingSince: null,
        slaDueAt: null,
        firstResponseAt: new Date("2026-11-24T08:05:00Z"),
        stage: "CONTACTED",
      },
    });
    await ingest({ customer: { email }, text: "Kan dere ringe meg igjen?", occurredAt: "2026-11-24T09:00:00Z" });
    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: leadId } });
    expect(lead).toMatchObject({
      stage: "CONTACTED",
      waitingSince: new Date("2026-11-24T09:00:00Z"),
      slaDueAt: new Date("2026-11-24T09:15:00Z"),
    });
  });

  it("a page view is recorded on the timeline but opens no lead", async () => {
    const before = await counts();
    const result = await ingest({
      customer: { phone: "+47 912 34 567" },
      channel: "WEB",
      kind: "PAGE_VIEW",
      text: "/biler/elbil-suv",
    });
    expect(result).toMatchObject({ status: "created", leadId: null, created: { customer: true, lead: false } });
    const after = await counts();
    expect(after.leads).toBe(before.leads);
    expect(after.touchpoints).toBe(before.touchpoints + 1);
    const customer = await w.db.customer.findUniqueOrThrow({
      where: { id: (result as { customerId: string }).customerId },
    });
    expect(customer).toMatchObject({
      phone: "+4791234567",
      name: "+47 912 34 567",
      journeyStage: "NEED",
      ownerId: null,
    });
    const touchpoint = await w.db.touchpoint.findUniqueOrThrow({
      where: { id: (result as { touchpointId: string }).touchpointId },
    });
    expect(touchpoint).toMatchObject({ owner: "BRAND", phase: "BEFORE", leadId: null });
  });

  it("browsing on an open lead moves its score, not its clock or version", async () => {
    const email = uniqueEmail();
    const first = await ingest({
      customer: { email },
      channel: "WEB",
      kind: "FORM_SUBMISSION",
      text: "Interessert",
      occurredAt: "2026-11-24T08:00:00Z",
    });
    const lead0 = await w.db.lead.findUniqueOrThrow({ where: { id: (first as { leadId: string }).leadId } });
    const view = await ingest({ customer: { email }, channel: "WEB", kind: "PRICE_CHECK", topic: "price" });
    expect(view).toMatchObject({ leadId: lead0.id, created: { lead: false } });
    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: lead0.id } });
    expect(lead.score).toBe(lead0.score + 10);
    expect(lead).toMatchObject({
      waitingSince: lead0.waitingSince,
      slaDueAt: lead0.slaDueAt,
      version: lead0.version,
      lastActivityAt: lead0.lastActivityAt,
    });
  });

  it("finds the customer by email first, then by phone, and fills in what was missing", async () => {
    const email = uniqueEmail();
    const a = await ingest({ customer: { email }, kind: "PAGE_VIEW", channel: "WEB" });
    const b = await ingest({
      customer: { email: email.toUpperCase(), phone: "0047 40 00 00 01" },
      kind: "PAGE_VIEW",
      channel: "WEB",
    });
    const c = await ingest({ customer: { phone: "+4740000001" }, kind: "PAGE_VIEW", channel: "WEB" });
    const id = (a as { customerId: string }).customerId;
    expect([(b as { customerId: string }).customerId, (c as { customerId: string }).customerId]).toEqual([id, id]);
    expect(await w.db.customer.findUniqueOrThrow({ where: { id }, select: { email: true, phone: true } })).toEqual({
      email,
      phone: "+4740000001",
    });
  });

  it("a customer with an order on its way is in the middle of a purchase", async () => {
    const email = uniqueEmail();
    const first = await ingest({ customer: { email }, kind: "PAGE_VIEW", channel: "WEB" });
    const customerId = (first as { customerId: string }).customerId;
    await w.db.order.create({
      data: {
        number: `T-${serial}`,
        customerId,
        product: "Elbil",
        category: "CAR",
        totalMinor: 1,
        placedAt: NOW,
        milestone: "IN_PRODUCTION",
      },
    });
    const q = await ingest({
      customer: { email },
      kind: "ORDER_QUESTION",
      channel: "EMAIL",
      text: "Når kommer bilen?",
    });
    const touchpoint = await w.db.touchpoint.findUniqueOrThrow({
      where: { id: (q as { touchpointId: string }).touchpointId },
    });
    expect(touchpoint).toMatchObject({ phase: "DURING", stage: "DELIVERY" });
    expect((await w.db.customer.findUniqueOrThrow({ where: { id: customerId } })).journeyStage).toBe("DELIVERY");
  });

  it("refuses an unknown campaign and accepts one by name", async () => {
    const before = await counts();
    expect(await ingest({ customer: { email: uniqueEmail() }, campaign: "No such campaign" })).toEqual({
      status: "invalid",
      issues: [{ path: "campaign", message: "no campaign with this id or name" }],
    });
    expect(await counts()).toEqual(before);
    const campaign = await w.db.campaign.create({
      data: { name: "Vinterkampanje", channel: "CAMPAIGN", startsAt: NOW },
    });
    const result = await ingest({
      customer: { email: uniqueEmail() },
      channel: "CAMPAIGN",
      kind: "FORM_SUBMISSION",
      campaign: "Vinterkampanje",
    });
    expect(
      (await w.db.lead.findUniqueOrThrow({ where: { id: (result as { leadId: string }).leadId } })).campaignId,
    ).toBe(campaign.id);
  });

  it("refuses a revoked key, at the door and inside the transaction", async () => {
    expect(await authenticateApiKey(w.db, `Bearer ${w.secret}`, NOW)).toMatchObject(w.key);
    expect(await authenticateApiKey(w.db, `Bearer ${w.secret}x`, NOW)).toBeNull();
    expect(await authenticateApiKey(w.db, null, NOW)).toBeNull();
    expect(await authenticateApiKey(w.db, w.secret, NOW)).toBeNull();
    const other = await w.db.apiKey.create({
      data: { name: "Old partner feed", prefix: "rk_live_old1", hash: "e".repeat(64), createdById: w.manager.userId },
    });
    await revokeApiKey(w.db, w.manager, { id: other.id }, NOW);
    const before = await counts();
    const result = await ingestTouchpoint(
      w.db,
      { id: other.id, name: other.name },
      touchpointIngestSchema(NOW).parse({
        customer: { email: uniqueEmail() },
        channel: "PARTNER",
        kind: "PARTNER_REFERRAL",
      }),
      NOW,
    );
    expect(result).toEqual({ status: "unauthorized" });
    expect(await counts()).toEqual(before);
  });
});

describe.each(testDatabases)("round-robin assignment on $name", (database) => {
  let w: IngestWorld;
  const newLead = async (teamId?: string) => {
    const email = uniqueEmail();
    if (teamId) await w.db.customer.create({ data: { name: "Kunde", email, teamId } });
    const result = await ingestTouchpoint(
      w.db,
      w.key,
      touchpointIngestSchema(NOW).parse({ customer: { email }, channel: "CHAT", kind: "CHAT_MESSAGE" }),
      NOW,
    );
    return (await w.db.lead.findUniqueOrThrow({ where: { id: (result as { leadId: string }).leadId } })).ownerId;
  };

  beforeAll(async () => {
    w = await openIngestWorld(database);
  });
  afterAll(async () => {
    await w?.close();
  });

  it("takes turns among all active reps when the customer has no team", async () => {
    const owners = [await newLead(), await newLead(), await newLead(), await newLead()];
    expect(owners).toEqual([w.reps.carA, w.reps.carB, w.reps.build, w.reps.carA]);
  });

  it("stays within the customer's team, and skips reps who are no longer active", async () => {
    const car = [await newLead(w.teams.car), await newLead(w.teams.car)];
    expect(new Set(car)).toEqual(new Set([w.reps.carA, w.reps.carB]));
    expect(await newLead(w.teams.build)).toBe(w.reps.build);
    await w.db.user.update({ where: { id: w.reps.carA }, data: { active: false } });
    expect([await newLead(w.teams.car), await newLead(w.teams.car)]).toEqual([w.reps.carB, w.reps.carB]);
    await w.db.user.update({ where: { id: w.reps.carA }, data: { active: true } });
  });

  // The owner must be in the lead's team (here the customer's, as nothing else names one):
  // server/routing/team-routing.test.ts covers an owner of another team.
  it("gives a returning customer's new lead to their own rep", async () => {
    const email = uniqueEmail();
    await w.db.customer.create({ data: { name: "Stamkunde", email, ownerId: w.reps.build, teamId: w.teams.build } });
    const result = await ingestTouchpoint(
      w.db,
      w.key,
      touchpointIngestSchema(NOW).parse({ customer: { email }, channel: "SMS", kind: "SMS" }),
      NOW,
    );
    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: (result as { leadId: string }).leadId } });
    expect(lead.ownerId).toBe(w.reps.build);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entityId: lead.id, action: "lead.assigned" } });
    expect(audit.data).toMatchObject({ via: "customer_owner" });
  });

  it("leaves new leads unassigned while a manager has turned it off, and records who did", async () => {
    await setRoundRobin(w.db, w.manager, { enabled: false });
    expect(await newLead()).toBeNull();
    const change = await w.db.auditLog.findFirstOrThrow({
      where: { action: "setting.changed" },
      orderBy: { createdAt: "desc" },
    });
    expect(change).toMatchObject({
      actorId: w.manager.userId,
      data: { from: { enabled: true }, to: { enabled: false } },
    });
    await setRoundRobin(w.db, w.manager, { enabled: true });
    expect(await newLead()).not.toBeNull();
  });

  it("only a manager may change it", async () => {
    expect(await setRoundRobin(w.db, { ...w.manager, role: "SALES" }, { enabled: false })).toBe(false);
  });
});
