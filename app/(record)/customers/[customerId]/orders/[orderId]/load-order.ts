import "server-only";
import { cache } from "react";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getStaffOrder } from "@/server/orders/staff-queries";

/** The order for this request, read once for layout, metadata and page; null when out of the reader's scope. */
export const loadStaffOrder = cache(async (customerId: string, orderId: string) => {
  const [session, db] = await Promise.all([requireStaff(), getDb()]);
  return getStaffOrder(db, session, customerId, orderId);
});
