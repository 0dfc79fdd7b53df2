import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { NOTHING_SQL, ownUserId, uuidSql } from "./sql";

// WHO MAY SEE AND CHANGE A LEAD — the one place this rule lives; every lead read and write uses it.
// Managers: every lead. A sales rep: the leads they own, and the unassigned leads of their team —
// theirs to claim. An unassigned lead's team is the team its signal belonged to (Lead.teamId, set by
// routing: a store's key brings the store's lead even for a customer of the car team), else, for
// leads from before routing by team, its customer's team; a lead with neither is every rep's. Not
// another team's unassigned leads. The team-less ones are every rep's because otherwise nobody but a
// manager would see them: a new website chat with automatic assignment off would reach no one (the
// story Reise exists for); routing gives most leads a team now. Customers never see leads. Claiming
// and following up use the same rule, so a rep can only take what they can read.
// access-rules.test.ts checks the two forms agree.

export function leadWhere(session: AppSession): Prisma.LeadWhereInput {
  if (session.role === "MANAGER") return {};
  if (session.role !== "SALES") return { id: { in: [] } };
  const claimable = session.teamId ? [{ teamId: session.teamId }, { teamId: null }] : [{ teamId: null }];
  const unassigned: Prisma.LeadWhereInput[] = [{ teamId: null, customer: { OR: claimable } }];
  if (session.teamId) unassigned.push({ teamId: session.teamId });
  return { OR: [{ ownerId: ownUserId(session) }, { ownerId: null, OR: unassigned }] };
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
  // The customer's team is on the lead (Lead.customerTeamId, kept by a trigger): no lookup of the
  // customer per unassigned lead (1M customers: 8,710 of them, 26 ms of the rep's lead summary).
  const claimable = session.teamId
    ? Prisma.sql`(${l}."customerTeamId" IS NULL OR ${l}."customerTeamId" = ${uuidSql(session.teamId)})`
    : Prisma.sql`${l}."customerTeamId" IS NULL`;
  const ofTeam = session.teamId
    ? Prisma.sql`(${l}."teamId" = ${uuidSql(session.teamId)} OR (${l}."teamId" IS NULL AND ${claimable}))`
    : Prisma.sql`(${l}."teamId" IS NULL AND ${claimable})`;
  return [
    Prisma.sql`${l}."ownerId" = ${uuidSql(ownUserId(session))}`,
    Prisma.sql`(${l}."ownerId" IS NULL AND ${ofTeam})`,
  ];
}

/** The lead rule as one SQL condition over the lead table aliased `alias`. */
export function leadSql(session: AppSession, alias = "l"): Prisma.Sql {
  const branches = leadSqlBranches(session, alias);
  return branches.length ? Prisma.sql`(${Prisma.join(branches, " OR ")})` : NOTHING_SQL;
}

/**
 * Claiming takes an unassigned lead the rep may read; only sales reps claim (managers reassign). A
 * key never does: a lead is a person's to take, and a system logging a contact must not take it.
 */
export function mayClaimLeads(session: AppSession): boolean {
  return session.role === "SALES" && !session.apiKeyId;
}

/** Moving a lead from one rep to another is for managers. */
export function mayReassignLeads(session: AppSession): boolean {
  return session.role === "MANAGER";
}

/**
 * Reopening a lost lead undoes a rep's decision and puts it back in someone's work list: managers
 * only. Keys never do (the REST API moves stages with its own audited operation).
 */
export function mayReopenLeads(session: AppSession): boolean {
  return session.role === "MANAGER" && !session.apiKeyId;
}
