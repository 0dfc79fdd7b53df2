import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { LoyaltyTier, OrderMilestone } from "@/generated/prisma/enums";
import { rate } from "@/lib/kpi/compute";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { assertStaff, ownerScopeSql, ts, type StaffSession } from "./access";
import { toNumber } from "./funnel";

export const LOYALTY_TIERS = ["BASIC", "SILVER", "GOLD", "PLATINUM"] as const satisfies readonly LoyaltyTier[];

export type AfterPurchase = {
  tiers: { tier: LoyaltyTier; customers: number }[];
  cohorts: { month: string; customers: number; repeated: number; repeatRate: number | null }[];
  late: { milestone: OrderMilestone; open: number; late: number; medianDaysLate: number | null }[];
  lateTotal: number;
  openOrders: number;
};

/**
 * After the purchase: customers are scoped by their owner (a rep sees the
 * customers they own; a team is its members' customers). Channel and campaign
 * describe leads, not customers, and do not apply here.
 */
export async function getAfterPurchase(db: PrismaClient, session: AppSession, f: DashboardFilters, now: Date): Promise<AfterPurchase> {
  assertStaff(session);
  const mine = customerScopeSql(session, f);
  const [tiers, cohorts, late] = await Promise.all([
    db.$queryRaw<{ tier: LoyaltyTier; customers: number }[]>`
      SELECT c."loyaltyTier"::text AS tier, count(*)::int AS customers
      FROM "Customer" c
      WHERE c."erasedAt" IS NULL AND EXISTS (SELECT 1 FROM "Order" o WHERE o."customerId" = c.id) AND ${mine}
      GROUP BY c."loyaltyTier"`,
    db.$queryRaw<{ month: string; customers: number; repeated: number }[]>`
      SELECT to_char(date_trunc('month', o.first_at AT TIME ZONE ${session.timeZone}), 'YYYY-MM') AS month,
        count(*)::int AS customers, count(*) FILTER (WHERE o.orders > 1)::int AS repeated
      FROM (
        SELECT o."customerId", min(o."placedAt") AS first_at, count(*) AS orders
        FROM "Order" o WHERE o.milestone <> 'CANCELLED' GROUP BY o."customerId"
      ) o JOIN "Customer" c ON c.id = o."customerId"
      WHERE o.first_at >= ${ts(f.from)} AND o.first_at < ${ts(f.to)} AND ${mine}
      GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ milestone: OrderMilestone; open: number; late: number; median_days: number | null }[]>`
      SELECT o.milestone::text AS milestone, count(*)::int AS open,
        count(*) FILTER (WHERE o."promisedDeliveryAt" < greatest(${ts(now)}, o."expectedDeliveryAt"))::int AS late,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (greatest(${ts(now)}, o."expectedDeliveryAt") - o."promisedDeliveryAt")) / 86400)
          FILTER (WHERE o."promisedDeliveryAt" < greatest(${ts(now)}, o."expectedDeliveryAt")) AS median_days
      FROM "Order" o JOIN "Customer" c ON c.id = o."customerId"
      WHERE o.milestone NOT IN ('DELIVERED', 'CANCELLED') AND ${mine}
      GROUP BY o.milestone`,
  ]);
  const byTier = new Map(tiers.map((t) => [t.tier, t.customers]));
  const lateRows = late.map((r) => ({ milestone: r.milestone, open: r.open, late: r.late, medianDaysLate: toNumber(r.median_days) }))
    .sort((a, b) => b.late - a.late);
  return {
    tiers: LOYALTY_TIERS.map((tier) => ({ tier, customers: byTier.get(tier) ?? 0 })),
    cohorts: cohorts.map((r) => ({ ...r, repeatRate: rate(r.repeated, r.customers) })),
    late: lateRows,
    lateTotal: lateRows.reduce((n, r) => n + r.late, 0),
    openOrders: lateRows.reduce((n, r) => n + r.open, 0),
  };
}

function customerScopeSql(session: StaffSession, f: DashboardFilters): Prisma.Sql {
  return Prisma.sql`c."erasedAt" IS NULL AND ${ownerScopeSql(session, f, Prisma.raw(`c."ownerId"`))}`;
}
