import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decodeCursor } from "@/lib/validation/journey-filters";
import { makeCustomer, openCustomerWorld, type CustomerWorld } from "@/test/worlds/customer-world";
import { testDatabases } from "@/test/worlds/databases";

let world: CustomerWorld;
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
const { getLoyaltyCard, POINTS_PAGE_SIZE } = await import("./queries");
const { grant } = await import("@/server/access/customer-access");

const NOW = new Date("2026-11-24T09:00:00Z");
const DAY = 86_400_000;

describe.each(testDatabases)("loyalty card on $name", (database) => {
  beforeAll(async () => {
    world = await openCustomerWorld(database);
  });
  afterAll(async () => world?.close());

  it("counts only points earned inside the tier window toward the next tier; redemptions lower the balance only", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    await world.db.loyaltyEntry.createMany({
      data: [
        { customerId: c.id, points: 30_000, reason: "Old order", occurredAt: new Date(NOW.getTime() - 400 * DAY) },
        { customerId: c.id, points: 6_000, reason: "Order", occurredAt: new Date(NOW.getTime() - 100 * DAY) },
        { customerId: c.id, points: -5_000, reason: "Gift card", occurredAt: new Date(NOW.getTime() - 50 * DAY) },
        { customerId: c.id, points: 250, reason: "Review", occurredAt: new Date(NOW.getTime() - 10 * DAY) },
      ],
    });
    const card = await getLoyaltyCard(
      grant(world.manager, c.id),
      { loyaltyPoints: 31_250, loyaltyTier: "SILVER" },
      undefined,
      NOW,
    );
    expect(card).toMatchObject({ tier: "SILVER", balance: 31_250, earnedInWindow: 6_250 });
    expect(card?.next).toMatchObject({ tier: "GOLD", missing: 13_750 });
    expect(card?.rewards.map((r) => r.points)).toEqual([5_000, 10_000]);
    expect(card?.history.rows.map((r) => r.points)).toEqual([250, -5_000, 6_000, 30_000]);
    expect(card?.history.nextCursor).toBeNull();
  });

  it("pages the ledger newest first without gaps", async () => {
    const c = await makeCustomer(world.db, { ownerId: world.sales.userId });
    await world.db.loyaltyEntry.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        customerId: c.id,
        points: i + 1,
        reason: `#${i}`,
        occurredAt: new Date(NOW.getTime() - Math.floor(i / 2) * DAY),
      })),
    });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const card = await getLoyaltyCard(
        grant(world.manager, c.id),
        { loyaltyPoints: 210, loyaltyTier: "BASIC" },
        decodeCursor(cursor) ?? undefined,
        NOW,
      );
      expect(card!.history.rows.length).toBeLessThanOrEqual(POINTS_PAGE_SIZE);
      seen.push(...card!.history.rows.map((r) => r.points));
      cursor = card!.history.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
  });
});
