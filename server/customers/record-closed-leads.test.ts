import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { makeCustomer, openCustomerWorld, type CustomerWorld } from "@/test/worlds/customer-world";

// The customer page's closed leads: won and lost, newest closed first, open leads left out; value
// and reason only for the leads the reader may open.

let world: CustomerWorld;
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
const { getCustomerClosedLeads } = await import("./record-closed-leads");
const { authorizeCustomer } = await import("@/server/access/customer-access");

const NOW = new Date("2026-11-24T09:00:00Z");
const DAY = 86_400_000;

describe.each(testDatabases)("a customer's closed leads on $name", (database) => {
  beforeAll(async () => {
    world = await openCustomerWorld(database);
  });
  afterAll(async () => world?.close());

  it("lists won and lost leads newest closed first, hiding value and reason of leads the reader may not open", async () => {
    const customer = await makeCustomer(world.db, { ownerId: world.sales.userId });
    const lead = (ownerId: string, stage: "NEW" | "WON" | "LOST", daysAgo: number | null, lostReason?: string) =>
      world.db.lead.create({
        data: {
          customerId: customer.id,
          ownerId,
          interest: `${stage} ${daysAgo}`,
          category: "CAR",
          sourceChannel: "WEB",
          stage,
          valueMinor: 1_000_00,
          lostReason: lostReason ?? null,
          closedAt: daysAgo === null ? null : new Date(NOW.getTime() - daysAgo * DAY),
        },
        select: { id: true },
      });
    await lead(world.sales.userId, "NEW", null);
    const won = await lead(world.sales.userId, "WON", 1);
    const lost = await lead(world.sales.userId, "LOST", 3, "Bought elsewhere");
    const othersLost = await lead(world.sales2.userId, "LOST", 2, "Secret");

    const asRep = await authorizeCustomer(world.db, world.sales, customer.id);
    const rep = await getCustomerClosedLeads(asRep!);
    expect(rep.total).toBe(3);
    expect(rep.rows.map((r) => [r.id, r.outcome, r.canOpen, r.valueMinor, r.lostReason])).toEqual([
      [won.id, "WON", true, 1_000_00, null],
      [othersLost.id, "LOST", false, null, null],
      [lost.id, "LOST", true, 1_000_00, "Bought elsewhere"],
    ]);

    const asManager = await authorizeCustomer(world.db, world.manager, customer.id);
    const manager = await getCustomerClosedLeads(asManager!);
    expect(manager.rows.find((r) => r.id === othersLost.id)).toMatchObject({ canOpen: true, lostReason: "Secret" });
  });
});
