import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { AnalyticsAccessError } from "@/server/access/dashboard";
import { assertStaff } from "@/server/access/staff";

export type DashboardOptions = {
  /** Managers only; empty for a sales rep, who sees only their own numbers. */
  teams: { id: string; name: string }[];
  campaigns: { id: string; name: string }[];
};

/**
 * What the dashboard's filters offer this user. Not the reps: a group has some 200, and the rep
 * field searches them as the manager types (components/reps/rep-picker.tsx).
 */
export async function getDashboardOptions(db: PrismaClient, session: AppSession): Promise<DashboardOptions> {
  assertStaff(session, AnalyticsAccessError);
  const manager = session.role === "MANAGER";
  const [teams, campaigns] = await Promise.all([
    manager ? db.team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }) : [],
    db.campaign.findMany({ select: { id: true, name: true }, orderBy: { startsAt: "desc" } }),
  ]);
  return { teams, campaigns };
}
