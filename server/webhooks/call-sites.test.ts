import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { touchpointIngestSchema } from "@/lib/validation/touchpoint-ingest";
import { claimLead, reassignLead } from "@/server/leads/assignment-service";
import { advanceMilestone } from "@/server/orders/change-service";
import { setRoundRobin } from "@/server/routing/setting";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { makeCustomer, makeOrder } from "@/test/worlds/order-world";
import { createWebhookEndpoint } from "./endpoints";

// The write paths tell their events: a signal from a new person (customer, lead, its owner, the
// touchpoint), a claim and a manager's reassignment, an order's milestone. Each body is read from
// the record as committed and holds no name, address or text.

process.env.REISE_WEBHOOKS_ALLOW_LOOPBACK = "1";
const NOW = new Date("2026-11-24T09:15:00Z");
const everything = [...WEBHOOK_EVENT_TYPES];

type World = { db: IngestWorld["db"] | LeadWorld["db"] };
const payloads = async (w: World) =>
  (await w.db.webhookDelivery.findMany({ orderBy: [{ createdAt: "asc" }, { eventType: "asc" }] })).map(
    (d) => d.payload as { type: string; data: Record<string, Record<string, unknown> & { id?: string }> },
  );

describe.each(testDatabases)("events from the ingest API on $name", (database) => {
  let w: IngestWorld;
  beforeAll(async () => {
    w = await openIngestWorld(database);
    await setRoundRobin(w.db, w.manager, { enabled: true });
    await createWebhookEndpoint(
      w.db,
      w.manager,
      { url: "http://127.0.0.1:9/h", description: "", events: everything },
      NOW,
    );
  });
  afterAll(async () => w?.close());

  it("tells customer.created, lead.created, lead.assigned and touchpoint.created for a new person's question", async () => {
    const result = await ingestTouchpoint(
      w.db,
      w.key,
      touchpointIngestSchema(NOW).parse({
        channel: "CHAT",
        kind: "CHAT_MESSAGE",
        customer: { email: "ola.nordmann@eksempel.no", name: "Ola Nordmann", phone: "+4791234567" },
        text: "Hei, har dere elbilen på lager?",
        occurredAt: NOW.toISOString(),
      }),
      NOW,
    );
    if (result.status !== "created") throw new Error(result.status);
    const bodies = await payloads(w);
    expect(bodies.map((b) => b.type).sort()).toEqual([
      "customer.created",
      "lead.assigned",
      "lead.created",
      "touchpoint.created",
    ]);
    const of = (type: string) => bodies.find((b) => b.type === type)!.data;
    expect(of("customer.created")).toEqual({
      customer: { id: result.customerId, teamId: null, locale: "nb", createdAt: NOW.toISOString() },
      source: "ingest",
    });
    expect(of("lead.created").lead).toMatchObject({ id: result.leadId, customerId: result.customerId, stage: "NEW" });
    expect(of("lead.assigned")).toMatchObject({ from: null, via: "round_robin", lead: { id: result.leadId } });
    expect(of("lead.assigned").lead.ownerId).toEqual(of("lead.assigned").to);
    expect(of("touchpoint.created").touchpoint).toMatchObject({
      id: result.touchpointId,
      direction: "INBOUND",
      kind: "CHAT_MESSAGE",
    });
    const text = JSON.stringify(bodies);
    for (const personal of ["Ola", "ola.nordmann", "4791234567", "elbilen"]) expect(text).not.toContain(personal);
  });
});

describe.each(testDatabases)("events from staff on $name", (database) => {
  let w: LeadWorld;
  beforeAll(async () => {
    w = await openLeadWorld(database);
    await createWebhookEndpoint(
      w.db,
      w.manager,
      { url: "http://127.0.0.1:9/h", description: "", events: everything },
      NOW,
    );
  });
  afterAll(async () => w?.close());
  beforeEach(async () => {
    await w.db.webhookDelivery.deleteMany();
  });

  it("tells a claim and a manager's reassignment as lead.assigned", async () => {
    const lead = await makeLead(w.db, { ownerId: null, now: NOW });
    expect(await claimLead(w.db, w.sales, { leadId: lead.id, version: 0 })).toMatchObject({ ok: true });
    expect(
      await reassignLead(w.db, w.manager, { leadId: lead.id, version: 1, ownerId: w.sales2.userId }, NOW),
    ).toMatchObject({ ok: true });
    // The claim has no clock of its own (it reads the wall clock), so the rows are compared by what they say.
    const told = (await payloads(w)).map((b) => [b.type, b.data.from, b.data.to, b.data.via, b.data.lead.ownerId]);
    expect(told.sort((a, b) => String(a[3]).localeCompare(String(b[3])))).toEqual([
      ["lead.assigned", null, w.sales.userId, "claim", w.sales.userId],
      ["lead.assigned", w.sales.userId, w.sales2.userId, "manager", w.sales2.userId],
    ]);
  });

  it("tells an order's milestone and its timeline entry", async () => {
    const customer = await makeCustomer(w.db, { ownerId: w.sales.userId });
    const order = await makeOrder(w.db, customer.id);
    expect(
      await advanceMilestone(
        w.db,
        w.manager,
        { orderId: order.id, version: 0, milestone: "SHIPPED", reason: "Anne asked to hurry" },
        NOW,
      ),
    ).toMatchObject({ ok: true });
    const bodies = await payloads(w);
    expect(bodies.map((b) => b.type)).toEqual(["order.milestone_changed", "touchpoint.created"]);
    expect(bodies[0].data).toMatchObject({
      order: { id: order.id, customerId: customer.id, milestone: "SHIPPED", category: "CAR", fulfilment: "PICKUP" },
      from: "IN_PRODUCTION",
      to: "SHIPPED",
    });
    expect(bodies[1].data.touchpoint).toMatchObject({ orderId: order.id, kind: "ORDER_UPDATE" });
    expect(JSON.stringify(bodies)).not.toMatch(/Anne|hurry|Nordvik/);
  });
});
