import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { addTouchpoints, makeCustomer, openCustomerWorld, type CustomerWorld } from "@/test/worlds/customer-world";

let world: CustomerWorld;
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
const { getCustomerRecord, getJourneyMap } = await import("./record-queries");
const { getCustomerOrders } = await import("./record-orders");
const { authorizeCustomer } = await import("@/server/access/customer-access");
const { customerListWhere, customerWhere } = await import("@/server/access/customer");
const { findJourneyPage } = await import("@/server/customers/journey-queries");

const NOW = new Date("2026-11-24T09:00:00Z");
const DAY = 86_400_000;

describe.each(testDatabases)("customer page reads on $name", (database) => {
  beforeAll(async () => {
    world = await openCustomerWorld(database);
  });
  afterAll(async () => world?.close());

  const lead = (customerId: string, ownerId: string | null, stage: "NEW" | "WON" = "NEW") =>
    world.db.lead.create({
      data: { customerId, ownerId, interest: "Elbil", category: "CAR", sourceChannel: "WEB", stage },
      select: { id: true },
    });

  it("scope: managers see all; a rep sees own, own team's, and customers with a lead they may open; nobody else does", async () => {
    // Another team's customer behind an unassigned lead no longer opens: the lead rule gives a rep
    // only their own team's unassigned leads (server/access/lead.ts).
    const own = await makeCustomer(world.db, { ownerId: world.sales.userId });
    const team = await makeCustomer(world.db, { ownerId: null, teamId: world.carTeam });
    const otherTeamsUnassignedLead = await makeCustomer(world.db, {
      ownerId: world.sales2.userId,
      teamId: world.buildTeam,
    });
    await lead(otherTeamsUnassignedLead.id, null, "WON");
    const viaOwnLead = await makeCustomer(world.db, { ownerId: world.sales2.userId, teamId: world.buildTeam });
    await lead(viaOwnLead.id, world.sales.userId);
    const other = await makeCustomer(world.db, { ownerId: world.sales2.userId, teamId: world.buildTeam });
    await lead(other.id, world.sales2.userId);

    const sees = async (session: typeof world.sales, id: string) => (await getCustomerRecord(session, id)) !== null;
    for (const c of [own, team, viaOwnLead]) expect(await sees(world.sales, c.id), c.id).toBe(true);
    for (const c of [other, otherTeamsUnassignedLead]) expect(await sees(world.sales, c.id), c.id).toBe(false);
    expect(await sees(world.sales2, otherTeamsUnassignedLead.id)).toBe(true);
    expect(await sees(world.sales2, other.id)).toBe(true);
    expect(await sees(world.sales2, own.id)).toBe(false);
    for (const c of [own, team, otherTeamsUnassignedLead, viaOwnLead, other])
      expect(await sees(world.manager, c.id)).toBe(true);
    expect(await sees(world.customer, own.id)).toBe(false);
    expect(await sees(world.customer, world.customer.customerId!)).toBe(false);
    expect(await sees(world.manager, crypto.randomUUID())).toBe(false);
    expect(await sees(world.manager, "not-a-uuid")).toBe(false);
    expect(await authorizeCustomer(world.db, world.sales, other.id)).toBeNull();
    expect((await authorizeCustomer(world.db, world.sales, own.id))?.customerId).toBe(own.id);
  });

  it("lists open leads only, and links only those the rep may open", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    const mine = await lead(c.id, world.sales.userId);
    const theirs = await lead(c.id, world.sales2.userId);
    await lead(c.id, world.sales.userId, "WON");
    const record = await getCustomerRecord(world.sales, c.id);
    expect(record?.openLeads.map((l) => [l.id, l.canOpen]).sort()).toEqual(
      [
        [mine.id, true],
        [theirs.id, false],
      ].sort(),
    );
    const asManager = await getCustomerRecord(world.manager, c.id);
    expect(asManager?.openLeads.every((l) => l.canOpen)).toBe(true);
  });

  it("counts touchpoints per journey stage and per phase, zero where none", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    const other = await makeCustomer(world.db, { ownerId: world.sales.userId });
    await addTouchpoints(world.db, c.id, [
      { stage: "NEED", phase: "BEFORE", at: new Date(NOW.getTime() - 9 * DAY) },
      { stage: "RESEARCH", phase: "BEFORE", at: new Date(NOW.getTime() - 8 * DAY) },
      { stage: "RESEARCH", phase: "BEFORE", at: new Date(NOW.getTime() - 7 * DAY) },
      { stage: "RESEARCH", phase: "DURING", at: new Date(NOW.getTime() - 6 * DAY) },
      { stage: "PURCHASE", phase: "DURING", at: new Date(NOW.getTime() - 5 * DAY) },
      { stage: "USE", phase: "AFTER", at: new Date(NOW.getTime() - 1 * DAY) },
    ]);
    await addTouchpoints(world.db, other.id, [{ stage: "LOYALTY", phase: "AFTER", at: NOW }]);
    const access = (await getCustomerRecord(world.sales, c.id))!.access;
    const map = await getJourneyMap(access);
    expect(Object.fromEntries(map.stages.map((s) => [s.stage, s.count]))).toEqual({
      NEED: 1,
      RESEARCH: 3,
      PURCHASE: 1,
      DELIVERY: 0,
      USE: 1,
      LOYALTY: 0,
    });
    expect(map.stages.map((s) => s.stage)).toEqual(["NEED", "RESEARCH", "PURCHASE", "DELIVERY", "USE", "LOYALTY"]);
    expect(Object.fromEntries(map.phases.map((p) => [p.phase, p.count]))).toEqual({ BEFORE: 3, DURING: 2, AFTER: 1 });
    expect(map.total).toBe(6);
  });

  it("shows orders newest first with their milestone and the total count", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    await world.db.order.createMany({
      data: Array.from(
        { length: 12 },
        (_, i) =>
          ({
            number: `T-${c.id.slice(0, 6)}-${i}`,
            customerId: c.id,
            product: `Vare ${i}`,
            category: "TOOLS",
            totalMinor: 1000 * i,
            placedAt: new Date(NOW.getTime() - i * DAY),
            milestone: i === 0 ? "SHIPPED" : "DELIVERED",
          }) as const,
      ),
    });
    const orders = await getCustomerOrders((await getCustomerRecord(world.manager, c.id))!.access);
    expect(orders.total).toBe(12);
    expect(orders.rows).toHaveLength(10);
    expect(orders.rows[0]).toMatchObject({ product: "Vare 0", milestone: "SHIPPED" });
  });

  it("the timeline page carries who made a touchpoint, its campaign and the logged follow-up; a known total skips the count", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    const l = await lead(c.id, world.sales.userId);
    const campaign = await world.db.campaign.create({
      data: { name: `Vårkampanje ${c.id.slice(0, 6)}`, channel: "EMAIL", startsAt: NOW },
      select: { id: true, name: true },
    });
    const next = new Date(NOW.getTime() + DAY);
    const call = await world.db.touchpoint.create({
      data: {
        customerId: c.id,
        leadId: l.id,
        actorId: world.sales.userId,
        occurredAt: NOW,
        channel: "PHONE",
        direction: "OUTBOUND",
        phase: "BEFORE",
        owner: "BRAND",
        kind: "CALL",
        stage: "RESEARCH",
        summary: "Ringte",
      },
      select: { id: true },
    });
    await world.db.followUp.create({
      data: {
        leadId: l.id,
        authorId: world.sales.userId,
        touchpointId: call.id,
        type: "CALL",
        outcome: "REACHED",
        note: "Vil ha prøvekjøring",
        nextFollowUpAt: next,
        idempotencyKey: crypto.randomUUID(),
      },
    });
    await world.db.touchpoint.create({
      data: {
        customerId: c.id,
        campaignId: campaign.id,
        occurredAt: new Date(NOW.getTime() - DAY),
        channel: "EMAIL",
        direction: "OUTBOUND",
        phase: "BEFORE",
        owner: "BRAND",
        kind: "NEWSLETTER_CLICK",
        stage: "NEED",
        summary: "Klikket",
      },
    });
    const page = await findJourneyPage(c.id, {});
    expect(page.total).toBe(2);
    expect(page.rows[0]).toMatchObject({
      id: call.id,
      occurredAt: NOW,
      channel: "PHONE",
      direction: "OUTBOUND",
      phase: "BEFORE",
      owner: "BRAND",
      kind: "CALL",
      leadId: l.id,
      actor: { name: "sales" },
      campaign: null,
      followUp: { type: "CALL", outcome: "REACHED", note: "Vil ha prøvekjøring", nextFollowUpAt: next },
    });
    expect(page.rows[1]).toMatchObject({
      kind: "NEWSLETTER_CLICK",
      actor: null,
      campaign: { name: campaign.name },
      followUp: null,
      leadId: null,
    });
    expect((await findJourneyPage(c.id, { channel: "EMAIL" })).total).toBe(1);
    expect((await findJourneyPage(c.id, {}, 99)).total).toBe(99);
  });

  it("the list and the page are one rule: the list shows exactly the live customers the page opens", async () => {
    await makeCustomer(world.db, { ownerId: null, teamId: world.buildTeam });
    for (const session of [world.sales, world.sales2, world.manager, { ...world.sales2, teamId: null }]) {
      const listed = await world.db.customer.findMany({ where: customerListWhere(session), select: { id: true } });
      const opens = await world.db.customer.findMany({
        where: { AND: [customerWhere(session), { erasedAt: null }] },
        select: { id: true },
      });
      expect(listed.length).toBeGreaterThan(0);
      expect(opens.map((c) => c.id).sort(), session.email).toEqual(listed.map((c) => c.id).sort());
    }
  });
});
