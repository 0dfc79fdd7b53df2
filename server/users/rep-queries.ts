import "server-only";
import { assertStaff } from "@/server/access/staff";
import type { AppSession } from "@/server/auth/session";
import { z } from "zod";
import { getDb } from "@/server/db";
import { REP_SEARCH_LIMIT, type RepOption, type RepScope } from "@/lib/search/rep-option";

// The rep picker's reads (components/reps/rep-picker.tsx): managers pick one rep of the whole
// group to filter a list by, assign leads to, or look at the day of. A dealer group has some 200
// reps: the picker asks as the manager types instead of every page listing them all. Reps do not
// pick colleagues (their scope is their own and their team's): they get nothing.

/**
 * Active reps whose name contains `q` (any case), by name, at most REP_SEARCH_LIMIT; with `former`,
 * those who have left too (marked), and with `teamId`, one team's.
 */
export async function searchSalesReps(
  session: AppSession | null,
  q: string,
  scope: RepScope = {},
): Promise<RepOption[]> {
  assertStaff(session);
  if (session.role !== "MANAGER") return [];
  const db = await getDb();
  const rows = await db.user.findMany({
    where: {
      role: "SALES",
      ...(scope.former ? {} : { active: true }),
      ...(scope.teamId ? { teamId: scope.teamId } : {}),
      ...(q ? { name: { contains: q, mode: "insensitive" } } : {}),
    },
    select: { id: true, name: true, active: true, team: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: REP_SEARCH_LIMIT,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    team: r.team?.name ?? null,
    ...(r.active ? {} : { left: true as const }),
  }));
}

/**
 * The name of the rep a URL or a saved segment picked, for its field and chip. Any staff user
 * (a filter may name someone who has left since): null when there is no such user.
 */
export async function findRepName(session: AppSession | null, id: string | null | undefined): Promise<string | null> {
  assertStaff(session);
  if (!id || session.role !== "MANAGER" || !z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const user = await db.user.findFirst({ where: { id, role: { in: ["SALES", "MANAGER"] } }, select: { name: true } });
  return user?.name ?? null;
}

/** A rep the picker would offer (active, in sales), by id: whose day a manager may look at. */
export async function findActiveRep(
  session: AppSession | null,
  id: string | null | undefined,
): Promise<RepOption | null> {
  assertStaff(session);
  if (!id || session.role !== "MANAGER" || !z.uuid().safeParse(id).success) return null;
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { id, role: "SALES", active: true },
    select: { id: true, name: true, team: { select: { name: true } } },
  });
  return user ? { id: user.id, name: user.name, team: user.team?.name ?? null } : null;
}
