import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { getComposeContext } from "./compose-queries";

// The "Write to the customer" form's context on a lead's and a customer's page: the preview's real
// values, only within the reader's scope, read once (the page pays for each query).

const NOW = new Date("2026-11-24T09:15:00Z");

describe.each(testDatabases)("the compose form's context on $name", (database) => {
  let w: LeadWorld;
  let logged: PrismaClient;
  const queries: string[] = [];

  beforeAll(async () => {
    w = await openLeadWorld(database);
    const client = new PrismaClient({
      adapter: database.prismaAdapter(w.sql),
      log: [{ emit: "event", level: "query" }],
    });
    client.$on("query", (e) => queries.push(e.query));
    logged = client;
  });
  afterAll(async () => {
    await logged?.$disconnect();
    await w?.close();
  });

  async function orderFor(customerId: string) {
    await w.db.order.create({
      data: {
        number: `R-${customerId.slice(0, 8)}`,
        customerId,
        product: "Tilhenger",
        category: "CAR",
        totalMinor: 1_990_000,
        placedAt: new Date("2026-11-01T10:00:00Z"),
        expectedDeliveryAt: new Date("2027-01-15T10:00:00Z"),
      },
    });
  }

  it("fills the preview from the lead, the customer and the open order, in six queries", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    await orderFor(lead.customerId);
    queries.length = 0;
    const context = await getComposeContext(logged, w.sales, lead.customerId, lead.id);
    expect(context).toMatchObject({
      customerId: lead.customerId,
      leadId: lead.id,
      firstName: "Kari",
      phone: "+4790000000",
      values: { firstName: "Kari", product: "Elbil", expectedDate: "15. januar 2027", repName: "sales" },
    });
    expect(queries.length).toBeLessThanOrEqual(6);
  });

  it("leaves out a lead the reader may not open, and takes the order's product instead", async () => {
    const own = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    await orderFor(own.customerId);
    const theirs = await w.db.lead.create({
      data: {
        customerId: own.customerId,
        ownerId: w.sales2.userId,
        interest: "Campingvogn",
        category: "CAR",
        sourceChannel: "WEB",
        stage: "NEW",
        lastActivityAt: NOW,
      },
      select: { id: true },
    });
    const context = await getComposeContext(logged, w.sales, own.customerId, theirs.id);
    expect(context).toMatchObject({ leadId: null, values: { product: "Tilhenger" } });
  });

  it("is null outside the reader's scope and for an erased customer", async () => {
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    expect(await getComposeContext(logged, w.sales2, lead.customerId, lead.id)).toBeNull();
    await w.db.customer.update({ where: { id: lead.customerId }, data: { erasedAt: NOW } });
    expect(await getComposeContext(logged, w.sales, lead.customerId, lead.id)).toBeNull();
  });
});
