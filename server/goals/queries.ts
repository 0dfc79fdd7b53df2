import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Currency } from "@/generated/prisma/enums";
import type { GoalFigure } from "@/lib/goals";
import { monthDate } from "@/lib/goals";
import type { AppSession } from "@/server/auth/session";
import { goalReadWhere, maySetGoals } from "@/server/access/goal";
import { isStaff } from "@/server/access/staff";
import { addActuals, monthActualsByOwner, monthFilters } from "./actuals";

export type GoalTargets = { answeredWithinSla: number | null; wonDeals: number | null; wonValue: number | null };
export type GoalSettingRow = {
  kind: "user" | "team";
  id: string;
  name: string;
  teamName: string | null;
  /** The won value's currency: the goal's, or kroner of Norway where there is none yet. */
  currency: Currency;
} & GoalTargets;

/** Settings → Goals: every team and every sales rep, with the month's targets (empty where none). */
export async function getGoalSettings(
  db: PrismaClient,
  session: AppSession,
  month: string,
): Promise<GoalSettingRow[] | null> {
  if (!maySetGoals(session)) return null;
  const at = monthDate(month);
  const [teams, reps] = await Promise.all([
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, goals: { where: { month: at } } } }),
    db.user.findMany({
      where: { role: "SALES", active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true, team: { select: { name: true } }, goals: { where: { month: at } } },
    }),
  ]);
  const targets = (goals: (GoalTargets & { currency: Currency })[]): GoalTargets & { currency: Currency } => ({
    answeredWithinSla: goals[0]?.answeredWithinSla ?? null,
    wonDeals: goals[0]?.wonDeals ?? null,
    wonValue: goals[0]?.wonValue ?? null,
    currency: goals[0]?.currency ?? "NOK",
  });
  return [
    ...teams.map((t) => ({ kind: "team" as const, id: t.id, name: t.name, teamName: null, ...targets(t.goals) })),
    ...reps.map((r) => ({
      kind: "user" as const,
      id: r.id,
      name: r.name,
      teamName: r.team?.name ?? null,
      ...targets(r.goals),
    })),
  ];
}

export type GoalProgressRow = {
  month: string;
  kind: "user" | "team";
  id: string;
  name: string;
  answeredWithinSla: GoalFigure;
  wonDeals: GoalFigure;
  /** Whole units of the goal's currency. */
  wonValue: GoalFigure;
  currency: Currency;
};

/**
 * The goals of some months this user may read, with the actuals: a manager's narrowed to a team
 * (its goal and its members') or a rep, as the dashboard is; a rep's own only.
 */
export async function getGoalProgress(
  db: PrismaClient,
  session: AppSession,
  q: { months: string[]; teamId?: string | null; repId?: string | null; conversionWindowDays?: number },
  now: Date,
): Promise<GoalProgressRow[]> {
  const where = goalReadWhere(session);
  if (!where || !isStaff(session) || q.months.length === 0) return [];
  const narrow =
    session.role !== "MANAGER"
      ? {}
      : q.repId
        ? { userId: q.repId }
        : q.teamId
          ? { OR: [{ teamId: q.teamId }, { user: { teamId: q.teamId } }] }
          : {};
  const goals = await db.goal.findMany({
    where: { AND: [where, narrow, { month: { in: q.months.map(monthDate) } }] },
    select: {
      month: true,
      userId: true,
      teamId: true,
      answeredWithinSla: true,
      wonDeals: true,
      wonValue: true,
      currency: true,
      user: { select: { name: true } },
      team: { select: { name: true, users: { select: { id: true } } } },
    },
  });
  const months = [...new Set(goals.map((g) => g.month.toISOString().slice(0, 7)))];
  const actuals = new Map(
    await Promise.all(
      months.map(async (m) => {
        const f = monthFilters(m, now, q.conversionWindowDays);
        return [m, f ? await monthActualsByOwner(db, session, f) : new Map()] as const;
      }),
    ),
  );
  return goals
    .map((g): GoalProgressRow => {
      const month = g.month.toISOString().slice(0, 7);
      const byOwner = actuals.get(month)!;
      const owners = g.userId ? [g.userId] : (g.team?.users.map((u) => u.id) ?? []);
      const actual = addActuals(owners.map((id) => byOwner.get(id)));
      return {
        month,
        kind: g.userId ? "user" : "team",
        id: (g.userId ?? g.teamId)!,
        name: g.user?.name ?? g.team?.name ?? "",
        answeredWithinSla: { target: g.answeredWithinSla, actual: actual.answeredWithinSla },
        wonDeals: { target: g.wonDeals, actual: actual.wonDeals },
        wonValue: { target: g.wonValue, actual: Math.round(actual.wonValueMinor[g.currency] / 100) },
        currency: g.currency,
      };
    })
    .sort(
      (a, b) =>
        b.month.localeCompare(a.month) ||
        (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "team" ? -1 : 1),
    );
}
