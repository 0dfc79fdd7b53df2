import "server-only";
import type { ProductCategory } from "@/generated/prisma/enums";
import { CATEGORIES } from "@/lib/order-milestones";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { readRoundRobin, type RoundRobinSetting } from "./setting";

export type TeamOption = { id: string; name: string };
export type RoutingSettings = {
  roundRobin: RoundRobinSetting;
  teams: TeamOption[];
  /** Every category, with its team or null. */
  categories: { category: ProductCategory; teamId: string | null }[];
  /** Campaigns that have not ended, newest first: the ones that still bring leads. */
  campaigns: { id: string; name: string; teamId: string | null }[];
  /** Active keys that belong to a team, for the rule in words. */
  keys: { name: string; teamId: string }[];
};

const CAMPAIGNS_SHOWN = 50;

/** The routing settings page's data. Managers only: anyone else gets a 404. */
export async function getRoutingSettings(now = new Date()): Promise<RoutingSettings> {
  await requireRole("MANAGER");
  const db = await getDb();
  const [roundRobin, teams, owned, campaigns, keys] = await Promise.all([
    readRoundRobin(db),
    getTeamOptions(),
    db.teamCategory.findMany({ select: { category: true, teamId: true } }),
    db.campaign.findMany({
      where: { OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: CAMPAIGNS_SHOWN,
      select: { id: true, name: true, teamId: true },
    }),
    db.apiKey.findMany({
      where: { revokedAt: null, teamId: { not: null } },
      orderBy: { name: "asc" },
      select: { name: true, teamId: true },
    }),
  ]);
  const byCategory = new Map(owned.map((o) => [o.category, o.teamId]));
  return {
    roundRobin,
    teams,
    categories: CATEGORIES.map((category) => ({ category, teamId: byCategory.get(category) ?? null })),
    campaigns,
    keys: keys.map((k) => ({ name: k.name, teamId: k.teamId! })),
  };
}

/** The teams a signal can belong to, by name. Managers only. */
export async function getTeamOptions(): Promise<TeamOption[]> {
  await requireRole("MANAGER");
  return (await getDb()).team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
