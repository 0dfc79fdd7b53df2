import "server-only";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import type { Prisma } from "@/generated/prisma/client";

export type HeadlineNumbers = { openLeads: number; breachedNow: number; wonLast30Days: number; ordersLate: number | null };

/**
 * The dashboard's headline numbers. A sales rep gets only their own figures
 * (leads they own); order lateness is a team number and is managers' only.
 */
export async function getHeadlineNumbers(session: AppSession, now = new Date()): Promise<HeadlineNumbers> {
  if (session.role === "CUSTOMER") throw new Error("Staff only");
  const db = await getDb();
  const mine: Prisma.LeadWhereInput = session.role === "MANAGER" ? {} : { ownerId: session.userId };
  const open: Prisma.LeadWhereInput = { ...mine, stage: { in: ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] } };
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const [openLeads, breachedNow, wonLast30Days, ordersLate] = await Promise.all([
    db.lead.count({ where: open }),
    db.lead.count({ where: { ...open, slaDueAt: { lt: now } } }),
    db.lead.count({ where: { ...mine, stage: "WON", closedAt: { gte: since } } }),
    session.role === "MANAGER" ? countLateOrders(now) : Promise.resolve(null),
  ]);
  return { openLeads, breachedNow, wonLast30Days, ordersLate };
}

async function countLateOrders(now: Date): Promise<number> {
  const db = await getDb();
  // "Late" = not delivered and expected after the promised date, or the
  // promised date has passed. Raw SQL: Prisma cannot compare two columns.
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "Order"
    WHERE milestone NOT IN ('DELIVERED', 'CANCELLED')
      AND ("expectedDeliveryAt" > "promisedDeliveryAt" OR "promisedDeliveryAt" < ${now})`;
  return Number(rows[0]?.n ?? 0);
}
