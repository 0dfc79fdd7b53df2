import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

// Orders for the order-service tests, on top of the lead tests' small world
// (test/worlds/lead-world.ts).

let counter = 0;

export async function makeCustomer(
  db: PrismaClient,
  opts: { ownerId?: string | null; locale?: "nb" | "da" | "en"; email?: string } = {},
) {
  return db.customer.create({
    data: {
      name: "Anne Sørensen",
      email: opts.email ?? `kunde${++counter}@eksempel.dk`,
      ownerId: opts.ownerId ?? null,
      locale: opts.locale ?? "nb",
    },
    select: { id: true },
  });
}

export async function makeOrder(
  db: PrismaClient,
  customerId: string,
  opts: {
    milestone?: "PLACED" | "CONFIRMED" | "IN_PRODUCTION" | "DELIVERED";
    placedAt?: Date;
    expectedDeliveryAt?: Date;
    currency?: "NOK" | "DKK";
  } = {},
) {
  const placedAt = opts.placedAt ?? new Date("2026-10-01T10:00:00Z");
  const order = await db.order.create({
    data: {
      number: `T-${Date.now()}-${++counter}`,
      customerId,
      product: "Nordvik EV7",
      category: "CAR",
      totalMinor: 450_000_00,
      currency: opts.currency ?? "NOK",
      milestone: opts.milestone ?? "IN_PRODUCTION",
      fulfilment: "PICKUP",
      placedAt,
      promisedDeliveryAt: new Date("2026-12-12T11:00:00Z"),
      expectedDeliveryAt: opts.expectedDeliveryAt ?? new Date("2026-12-12T11:00:00Z"),
      internalNote: "SECRET-NOTE-do-not-show",
      marginMinor: 123_456_78,
    },
    select: { id: true, number: true, customerId: true },
  });
  await db.orderEvent.create({
    data: { orderId: order.id, kind: "MILESTONE", milestone: "PLACED", occurredAt: placedAt },
  });
  return order;
}
