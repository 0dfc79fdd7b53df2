import "server-only";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";

export type CustomerSummary = { total: number; activeLast30Days: number };

export async function getCustomerSummary(session: AppSession, now = new Date()): Promise<CustomerSummary> {
  if (session.role === "CUSTOMER") throw new Error("Staff only");
  const db = await getDb();
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const live = { erasedAt: null };
  const [total, activeLast30Days] = await Promise.all([
    db.customer.count({ where: live }),
    db.customer.count({ where: { ...live, lastActivityAt: { gte: since } } }),
  ]);
  return { total, activeLast30Days };
}
