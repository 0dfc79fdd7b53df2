import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { readRoundRobin } from "./setting";
import { teamForSignal, type SignalSource, type TeamSource } from "./signal-team";

// WHO GETS A NEW LEAD. First the team: the one the signal belongs to (./signal-team.ts). Then,
// with automatic assignment on (the default):
//   - the customer's own rep keeps it when they are active, present (not marked away) and in
//     that team — or in any team when no team applies;
//   - else the next present rep of that team in turn;
//   - when nobody in that team is available (all away, none active), the lead stays UNASSIGNED
//     IN THAT TEAM. We never hand it to another team: a car seller cannot answer a question
//     about decking, and the lead is not lost — the team's reps see it in their list and can
//     claim it, managers see it, and the escalation picks it up when its clock runs out;
//   - only when no team applies at all (no key, campaign, category or customer team) does the
//     rotation run across every team.
// With it off, every new lead arrives unassigned in its team for the reps to claim.
//
// The turn is kept as User.lastAssignedAt: the rep who got a round-robin lead longest ago
// (never first) is next. We chose that over one stored pointer ("last rep served") because it
// needs no repair when reps join, leave, move team or come back from being away: a new rep has
// no timestamp and is next in line; an away or disabled rep simply drops out of the query; each
// team's rotation falls out of the same column.

// A constant id for pg_advisory_xact_lock: concurrent ingests take turns, so
// two leads arriving together never go to the same rep (held until commit).
const ROUND_ROBIN_LOCK = 727_001;

/** Reps who may get a lead at `now`: active sellers not marked away (an away-until in the past has ended). */
export const availableRepWhere = (now: Date): Prisma.UserWhereInput => ({
  role: "SALES",
  active: true,
  OR: [{ awayUntil: null }, { awayUntil: { lte: now } }],
});

/**
 * The next available rep of `teamId` (of every team when null), who takes the turn: their
 * lastAssignedAt moves past everyone's. Null when nobody is available. Call it inside the
 * transaction that gives them the lead, so a rollback gives the turn back.
 */
export async function nextAvailableRep(
  tx: Prisma.TransactionClient,
  teamId: string | null,
  now: Date,
  options: { excludeUserId?: string } = {},
): Promise<{ id: string; teamId: string | null } | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROUND_ROBIN_LOCK}::bigint)`;
  const rep = await tx.user.findFirst({
    where: {
      ...availableRepWhere(now),
      ...(teamId ? { teamId } : {}),
      ...(options.excludeUserId ? { id: { not: options.excludeUserId } } : {}),
    },
    orderBy: [{ lastAssignedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    select: { id: true, teamId: true },
  });
  if (!rep) return null;
  // Always later than every turn before, even within one millisecond or when a
  // clock steps back, so the order of turns is strict. Raw SQL, so that taking a
  // turn does not count as editing the user (User.updatedAt).
  await tx.$executeRaw`
    UPDATE "User" SET "lastAssignedAt" = GREATEST(${now}::timestamptz,
      (SELECT max("lastAssignedAt") + interval '1 millisecond' FROM "User"))
     WHERE id = ${rep.id}::uuid`;
  return rep;
}

export type LeadRouting = {
  /** The team the lead belongs to; the customer takes it when they have none. */
  teamId: string | null;
  teamVia: TeamSource | null;
  /** Null: unassigned, for the team's reps to claim. */
  ownerId: string | null;
  via: "customer_owner" | "round_robin" | "off" | "nobody_available";
  /** The customer has no usable rep of their own (none, or disabled), so the round-robin rep becomes theirs. */
  customerNeedsOwner: boolean;
};

/** Where a new lead of this customer goes, for a signal from `source`. */
export async function chooseOwnerForNewLead(
  tx: Prisma.TransactionClient,
  customer: { ownerId: string | null; teamId: string | null },
  now: Date,
  source: SignalSource = {},
): Promise<LeadRouting> {
  const team = await teamForSignal(tx, source, customer.teamId);
  const teamId = team?.teamId ?? null;
  const owner = customer.ownerId
    ? await tx.user.findFirst({
        where: { id: customer.ownerId, role: "SALES", active: true },
        select: { id: true, teamId: true, awayUntil: true },
      })
    : null;
  const base = { teamId, teamVia: team?.via ?? null, customerNeedsOwner: owner === null };
  if (!(await readRoundRobin(tx)).enabled) return { ...base, ownerId: null, via: "off" };
  const present = owner && (!owner.awayUntil || owner.awayUntil <= now);
  if (owner && present && (teamId === null || owner.teamId === teamId))
    return { ...base, ownerId: owner.id, via: "customer_owner" };
  const rep = await nextAvailableRep(tx, teamId, now);
  if (!rep) return { ...base, ownerId: null, via: "nobody_available" };
  // No team applied, so the lead is the team of whoever got it.
  return { ...base, teamId: teamId ?? rep.teamId, ownerId: rep.id, via: "round_robin" };
}

// The switch lives in ./setting.ts; re-exported so callers that knew it here keep working.
export { readRoundRobin, setRoundRobin, type RoundRobinSetting } from "./setting";
