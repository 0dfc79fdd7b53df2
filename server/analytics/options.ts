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

/** The newest campaigns the campaign filter offers (as the routing and web-form pages do). */
export const CAMPAIGNS_SHOWN = 200;

/**
 * What the dashboard's filters offer this user. Not the reps: a group has some 200, and the rep
 * field searches them as the manager types (components/reps/rep-picker.tsx). Campaigns are the
 * newest CAMPAIGNS_SHOWN, and the chosen one (from a link or a kept view) even when it is older.
 */
export async function getDashboardOptions(
  db: PrismaClient,
  session: AppSession,
  chosen: { campaignId?: string | null } = {},
): Promise<DashboardOptions> {
  assertStaff(session, AnalyticsAccessError);
  const manager = session.role === "MANAGER";
  const [teams, campaigns] = await Promise.all([
    manager ? db.team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }) : [],
    db.campaign.findMany({
      select: { id: true, name: true },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: CAMPAIGNS_SHOWN,
    }),
  ]);
  const campaignId = chosen.campaignId;
  if (campaignId && !campaigns.some((c) => c.id === campaignId)) {
    const older = await db.campaign.findUnique({ where: { id: campaignId }, select: { id: true, name: true } });
    if (older) campaigns.push(older);
  }
  return { teams, campaigns };
}
