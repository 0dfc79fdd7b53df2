import "server-only";
import { getDb } from "@/server/db";
import { requireCustomer } from "@/server/auth/session";
import { orderWhere } from "@/server/access/order";

export type MyOrder = {
  id: string;
  number: string;
  product: string;
  milestone: string;
  fulfilment: string;
  expectedDeliveryAt: Date | null;
  placedAt: Date;
};

/**
 * The signed-in customer's own orders, newest first. Staff-only fields
 * (internal notes, margins) are never selected.
 */
export async function findMyOrders(limit = 50): Promise<MyOrder[]> {
  const session = await requireCustomer();
  const db = await getDb();
  return db.order.findMany({
    where: orderWhere(session),
    orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      number: true,
      product: true,
      milestone: true,
      fulfilment: true,
      expectedDeliveryAt: true,
      placedAt: true,
    },
  });
}
