import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import type { CustomerAccess } from "@/server/access/customer-access";

// The customer's orders on their page: newest first, the current milestone of
// each. Orders per customer are few; the page shows the newest ORDERS_SHOWN and says how many exist.

export const ORDERS_SHOWN = 10;

const orderSelect = {
  id: true,
  number: true,
  product: true,
  category: true,
  totalMinor: true,
  currency: true,
  milestone: true,
  fulfilment: true,
  placedAt: true,
  expectedDeliveryAt: true,
  deliveredAt: true,
} satisfies Prisma.OrderSelect;

export type CustomerOrder = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

export async function getCustomerOrders(access: CustomerAccess): Promise<{ rows: CustomerOrder[]; total: number }> {
  const db = await getDb();
  const where = { customerId: access.customerId };
  const [rows, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
      take: ORDERS_SHOWN,
      select: orderSelect,
    }),
    db.order.count({ where }),
  ]);
  return { rows, total };
}
