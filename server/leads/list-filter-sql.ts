import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { LeadFilters } from "@/lib/validation/lead-filters";
import { openStageSql } from "./open-stage-sql";

// The lead list's filters that a dashboard figure needs, so its click-through opens exactly the
// leads it counts (lib/kpi/lead-links.ts): the outcome, both readiness views, the created range on
// the same instants as the figure, and "breaching now". Lead alias `l`; each written as the
// analytics SQL writes it (server/analytics/*), so the two can only agree.

/** Open leads (the work list) unless a click-through asks for won, lost or all. */
export function outcomeSql(f: Pick<LeadFilters, "outcome">): Prisma.Sql {
  if (f.outcome === "won") return Prisma.sql`l.stage = 'WON'::"LeadStage"`;
  if (f.outcome === "lost") return Prisma.sql`l.stage = 'LOST'::"LeadStage"`;
  if (f.outcome === "all") return Prisma.sql`TRUE`;
  // Written out literally, not as a parameter, so the planner can match the partial indexes.
  return openStageSql("l");
}

/**
 * Slow-trackers are nurtured, not pushed on sales — until they ask something: a lead whose
 * response clock runs waits on us whatever its score (a question about an order scores
 * nothing, and must still reach a person), so it leaves the nurture view for the work list.
 * "all" is both views: what a dashboard figure counts.
 */
export function viewSql(f: Pick<LeadFilters, "view">): Prisma.Sql {
  if (f.view === "all") return Prisma.sql`TRUE`;
  return f.view === "nurture"
    ? Prisma.sql`(l.readiness = 'SLOW' AND l."waitingSince" IS NULL)`
    : Prisma.sql`(l.readiness IN ('HOT', 'WARM') OR l."waitingSince" IS NOT NULL)`;
}

/** The created range and "breaching now" (the promise ran out before now, answered or not). */
export function clickThroughSql(f: Pick<LeadFilters, "from" | "to" | "breach">, now: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.from) parts.push(Prisma.sql`l."createdAt" >= ${f.from}::timestamptz`);
  if (f.to) parts.push(Prisma.sql`l."createdAt" < ${f.to}::timestamptz`);
  if (f.breach) parts.push(Prisma.sql`l."slaDueAt" < ${now.toISOString()}::timestamptz`);
  return Prisma.join(parts, " AND ");
}
