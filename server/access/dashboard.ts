import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { StaffSession } from "./staff";
import { uuidSql } from "./sql";

// WHOSE NUMBERS THE DASHBOARD COUNTS. Managers count everyone's leads and may narrow to a team or
// a rep; a sales rep counts only the leads they own, whatever the URL asks for. A team is its
// members: a lead counts for the team of its owner, an unassigned lead for none. Customers (after
// the purchase) are counted by their owner the same way. Every analytics query builds its WHERE
// from here. access-rules.test.ts checks the forms agree.

export class AnalyticsAccessError extends Error {
  constructor() {
    super("The dashboard is for staff only");
    this.name = "AnalyticsAccessError";
  }
}

const teamMembers = (teamId: string) => Prisma.sql`(SELECT u.id FROM "User" u WHERE u."teamId" = ${uuidSql(teamId)})`;

/** Whose leads (an owner column, `l."ownerId"` by default): the rep themself, or what a manager narrowed to. */
export function dashboardOwnerSql(
  session: StaffSession,
  f: DashboardFilters,
  column = Prisma.raw(`l."ownerId"`),
): Prisma.Sql {
  if (session.role === "SALES") return Prisma.sql`${column} = ${uuidSql(session.userId)}`;
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.repId) parts.push(Prisma.sql`${column} = ${uuidSql(f.repId)}`);
  if (f.teamId) parts.push(Prisma.sql`${column} IN ${teamMembers(f.teamId)}`);
  return Prisma.join(parts, " AND ");
}

/** The same owner rule as a Prisma where on Lead (or Customer: both have ownerId). */
export function dashboardOwnerWhere(session: StaffSession, f: DashboardFilters): { AND: Prisma.LeadWhereInput[] } {
  if (session.role === "SALES") return { AND: [{ ownerId: session.userId }] };
  return { AND: [f.repId ? { ownerId: f.repId } : {}, f.teamId ? { owner: { teamId: f.teamId } } : {}] };
}

/** Owner scope plus the lead's source: channel and campaign (lead alias `l`). */
export function dashboardLeadSql(session: StaffSession, f: DashboardFilters): Prisma.Sql {
  const parts = [dashboardOwnerSql(session, f)];
  if (f.channel) parts.push(Prisma.sql`l."sourceChannel"::text = ${f.channel}`);
  if (f.campaignId) parts.push(Prisma.sql`l."campaignId" = ${uuidSql(f.campaignId)}`);
  return Prisma.join(parts, " AND ");
}

/**
 * Orders (alias `o`) of the customers in scope; a manager without a rep or team filter counts all, with no join at all.
 */
export function dashboardOrderSql(session: StaffSession, f: DashboardFilters): Prisma.Sql {
  if (!dashboardNarrowed(session, f)) return Prisma.sql`TRUE`;
  return Prisma.sql`o."customerId" IN (SELECT c.id FROM "Customer" c WHERE ${dashboardOwnerSql(session, f, Prisma.raw(`c."ownerId"`))})`;
}

/** Whether the scope looks at the owner at all: a rep always, a manager who narrowed to a team or rep. */
export function dashboardNarrowed(session: StaffSession, f: DashboardFilters): boolean {
  return session.role === "SALES" || Boolean(f.repId || f.teamId);
}
