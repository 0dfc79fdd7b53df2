import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { LoyaltyTier, type OrderMilestone } from "@/generated/prisma/enums";
import { rate } from "@/lib/kpi/compute";
import { monthStarts } from "@/lib/kpi/date-range";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { AnalyticsAccessError, dashboardOrderSql, dashboardOwnerSql } from "@/server/access/dashboard";
import { assertStaff } from "@/server/access/staff";
import { ts, type PeriodOnly } from "./timestamps";
import { toNumber } from "./funnel";

export const LOYALTY_TIERS = Object.values(LoyaltyTier);

export type AfterPurchase = {
  tiers: { tier: LoyaltyTier; customers: number }[];
  cohorts: { month: string; customers: number; repeated: number; repeatRate: number | null }[];
  late: { milestone: OrderMilestone; open: number; late: number; medianDaysLate: number | null }[];
  lateTotal: number;
  openOrders: number;
};

type RawBuyers = { dim: "tier" | "month"; key: string; customers: number; repeated: number };
type RawLate = { milestone: OrderMilestone; open: number; late: number; median_days: number | null };

/**
 * After the purchase: customers are scoped by their owner (a rep sees the
 * customers they own; a team is its members' customers). Channel and campaign
 * describe leads, not customers, and do not apply here. Buyers are read from the
 * purchase figures on the customer (firstOrderAt, orderCount, kept by a trigger
 * on "Order"), each query on an index of its own; late orders from the orders.
 */
export async function getAfterPurchase(
  db: PrismaClient,
  session: AppSession,
  f: DashboardFilters,
  now: Date,
  { periodOnly = false }: PeriodOnly = {},
): Promise<AfterPurchase> {
  assertStaff(session, AnalyticsAccessError);
  const customers = dashboardOwnerSql(session, f, Prisma.raw(`c."ownerId"`));
  const months = monthStarts(f.from, f.to, REPORTING_TIME_ZONE);
  const edges = Prisma.sql`ARRAY[${Prisma.join(months.map((m) => ts(m.at)))}]::timestamptz[]`;
  const lateBy = Prisma.sql`greatest(${ts(now)}, o."expectedDeliveryAt")`;
  const [buyers, late] = await Promise.all([
    // Customers by tier are of now, as the late orders are: the previous period's call leaves them out.
    db.$queryRaw<RawBuyers[]>`
      ${
        periodOnly
          ? Prisma.empty
          : Prisma.sql`SELECT 'tier' AS dim, c."loyaltyTier"::text AS key, count(*)::int AS customers, 0 AS repeated
      FROM "Customer" c
      WHERE c."orderCount" > 0 AND ${customers}
      GROUP BY c."loyaltyTier"
      UNION ALL`
      }
      SELECT 'month' AS dim, width_bucket(c."firstOrderAt", ${edges})::text AS key, count(*)::int AS customers,
        count(*) FILTER (WHERE c."orderCount" > 1)::int AS repeated
      FROM "Customer" c
      WHERE c."firstOrderAt" >= ${ts(f.from)} AND c."firstOrderAt" < ${ts(f.to)} AND ${customers}
      GROUP BY 2`,
    periodOnly
      ? Promise.resolve([] as RawLate[])
      : db.$queryRaw<RawLate[]>`
      SELECT o.milestone::text AS milestone, count(*)::int AS open,
        count(*) FILTER (WHERE o."promisedDeliveryAt" < ${lateBy})::int AS late,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', ${lateBy} - o."promisedDeliveryAt") / 86400)
          FILTER (WHERE o."promisedDeliveryAt" < ${lateBy}) AS median_days
      FROM "Order" o
      WHERE o.milestone NOT IN ('DELIVERED', 'CANCELLED') AND ${dashboardOrderSql(session, f)}
      GROUP BY o.milestone`,
  ]);
  const byTier = new Map(buyers.filter((r) => r.dim === "tier").map((r) => [r.key, r.customers]));
  const lateRows = late
    .map((r) => ({ milestone: r.milestone, open: r.open, late: r.late, medianDaysLate: toNumber(r.median_days) }))
    .sort((a, b) => b.late - a.late || b.open - a.open);
  return {
    tiers: LOYALTY_TIERS.map((tier) => ({ tier, customers: byTier.get(tier) ?? 0 })),
    // width_bucket counts the month starts at or before the first order: bucket i is month i − 1.
    cohorts: buyers
      .filter((r) => r.dim === "month")
      .map((r) => ({
        month: months[Number(r.key) - 1].month,
        customers: r.customers,
        repeated: r.repeated,
        repeatRate: rate(r.repeated, r.customers),
      }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    late: lateRows,
    lateTotal: lateRows.reduce((n, r) => n + r.late, 0),
    openOrders: lateRows.reduce((n, r) => n + r.open, 0),
  };
}
