import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { NOTHING_SQL, uuidSql } from "./sql";

// WHO MAY SEE AND CHANGE A LEAD — the one place this rule lives; every lead read and write uses it.
// Managers: every lead. A sales rep: the leads they own, the unassigned leads of a customer of their
// team, and the unassigned leads of a customer no team holds yet — theirs to claim. Not another
// team's unassigned leads. The team-less ones are every rep's because otherwise nobody but a
// manager would see them: a new website chat with automatic assignment off would reach no one
// (the story Reise exists for). Routing by team will give such customers a team. Customers never
// see leads. Claiming and following up use the same rule,
// so a rep can only take what they can read. access-rules.test.ts checks the two forms agree.

export function leadWhere(session: AppSession): Prisma.LeadWhereInput {
  if (session.role === "MANAGER") return {};
  if (session.role !== "SALES") return { id: { in: [] } };
  const claimable = session.teamId ? [{ teamId: session.teamId }, { teamId: null }] : [{ teamId: null }];
  return { OR: [{ ownerId: session.userId }, { ownerId: null, customer: { OR: claimable } }] };
}

/**
 * The rule as SQL branches that never overlap (own; unassigned of the team), for alias `l`. Their
 * OR is the rule; a caller may also UNION ALL them instead, so each branch is its own range scan on
 * Lead(ownerId, stage, …) — an OR of the two scans every open lead (getLeadSummary, BENCHMARKS.md).
 * Manager: one branch, TRUE. Nobody else: none.
 */
export function leadSqlBranches(session: AppSession, alias = "l"): Prisma.Sql[] {
  if (session.role === "MANAGER") return [Prisma.sql`TRUE`];
  if (session.role !== "SALES") return [];
  const l = Prisma.raw(alias);
  const claimable = session.teamId
    ? Prisma.sql`(lc."teamId" IS NULL OR lc."teamId" = ${uuidSql(session.teamId)})`
    : Prisma.sql`lc."teamId" IS NULL`;
  // The customer's team is read per unassigned lead (a primary-key lookup), not joined: as EXISTS
  // the planner hashes every customer of the team first (PGlite, 20k customers: the summary went
  // from 4 to 30 ms); the unassigned open leads are few, so per-row lookups are the cheap way.
  return [
    Prisma.sql`${l}."ownerId" = ${uuidSql(session.userId)}`,
    Prisma.sql`(${l}."ownerId" IS NULL AND (SELECT ${claimable} FROM "Customer" lc WHERE lc.id = ${l}."customerId"))`,
  ];
}

/** The lead rule as one SQL condition over the lead table aliased `alias`. */
export function leadSql(session: AppSession, alias = "l"): Prisma.Sql {
  const branches = leadSqlBranches(session, alias);
  return branches.length ? Prisma.sql`(${Prisma.join(branches, " OR ")})` : NOTHING_SQL;
}

/** Claiming takes an unassigned lead the rep may read; only sales reps claim (managers reassign). */
export function mayClaimLeads(session: AppSession): boolean {
  return session.role === "SALES";
}

/** Moving a lead from one rep to another is for managers. */
export function mayReassignLeads(session: AppSession): boolean {
  return session.role === "MANAGER";
}
