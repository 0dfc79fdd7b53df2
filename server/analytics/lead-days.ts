import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { splitIntoDays } from "@/lib/kpi/reporting";
import type { DashboardFilters } from "@/lib/kpi/filters";
import { ts } from "./access";

/**
 * The leads created in the filter's range, as per-day rows (LeadDayStat): the
 * whole days (and today, when the range ends now) from the table; ragged ends
 * computed from the leads by the same SQL function that fills the table. Columns are named like the
 * lead's, so leadScopeSql applies unchanged ("ownerId", "sourceChannel", "campaignId"),
 * plus the day and the figures (see the LeadDayStat model).
 */
export function leadDaysSql(f: Pick<DashboardFilters, "from" | "to" | "endsNow">): Prisma.Sql {
  const { days, partial } = splitIntoDays(f.from, f.to, { endsNow: f.endsNow });
  const parts = [
    ...(days ? [Prisma.sql`SELECT * FROM "LeadDayStat" WHERE day >= ${days.fromDate}::date AND day < ${days.toDate}::date`] : []),
    ...partial.map((p) => Prisma.sql`SELECT * FROM reise_lead_day_facts(${ts(p.from)}, ${ts(p.to)})`),
  ];
  if (parts.length === 0) parts.push(Prisma.sql`SELECT * FROM "LeadDayStat" WHERE FALSE`);
  return Prisma.sql`(
    SELECT s.day, NULLIF(s."ownerKey", ${NO_KEY}::uuid) AS "ownerId", s."sourceChannel", NULLIF(s."campaignKey", ${NO_KEY}::uuid) AS "campaignId",
      s.leads, s.answered, s."closedUnanswered", s."responseBuckets", s."responseMax", s."openStages", s."lostFurthest",
      s."wonMinutes", s."lostMinutes", s."qualifiedMinutes", s."proposalMinutes"
    FROM (${Prisma.join(parts, " UNION ALL ")}) s
  )`;
}

/** "No owner" and "no campaign" in LeadDayStat's key. */
export const NO_KEY = "00000000-0000-0000-0000-000000000000";
