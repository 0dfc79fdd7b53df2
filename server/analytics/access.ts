import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";

// Who sees which numbers, as SQL. Managers see everyone's leads and may narrow
// to a team or a rep; a sales rep sees only the leads they own, whatever the
// URL asks for. Every analytics function builds its WHERE from here, so the
// rule is in one place and in the data layer, not in the page.

export class AnalyticsAccessError extends Error {
  constructor() {
    super("The dashboard is for staff only");
    this.name = "AnalyticsAccessError";
  }
}

export type StaffSession = AppSession & { role: "MANAGER" | "SALES" };

export function assertStaff(session: AppSession | null | undefined): asserts session is StaffSession {
  if (!session || (session.role !== "MANAGER" && session.role !== "SALES")) throw new AnalyticsAccessError();
}

export const ts = (at: Date) => Prisma.sql`${at.toISOString()}::timestamptz`;

/** A team is its members: a lead belongs to the team of its owner; unassigned leads to none. */
const teamMembers = (teamId: string) => Prisma.sql`(SELECT u.id FROM "User" u WHERE u."teamId" = ${teamId}::uuid)`;

/** Whose leads (alias `l`): the rep themself, or what a manager narrowed to. */
export function ownerScopeSql(session: StaffSession, f: DashboardFilters, column = Prisma.raw(`l."ownerId"`)): Prisma.Sql {
  if (session.role === "SALES") return Prisma.sql`${column} = ${session.userId}::uuid`;
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.repId) parts.push(Prisma.sql`${column} = ${f.repId}::uuid`);
  if (f.teamId) parts.push(Prisma.sql`${column} IN ${teamMembers(f.teamId)}`);
  return Prisma.join(parts, " AND ");
}

/** Owner scope plus the lead's source: channel and campaign. */
export function leadScopeSql(session: StaffSession, f: DashboardFilters): Prisma.Sql {
  const parts = [ownerScopeSql(session, f)];
  if (f.channel) parts.push(Prisma.sql`l."sourceChannel"::text = ${f.channel}`);
  if (f.campaignId) parts.push(Prisma.sql`l."campaignId" = ${f.campaignId}::uuid`);
  return Prisma.join(parts, " AND ");
}
