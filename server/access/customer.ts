import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { NO_ID, NOTHING_SQL, ownUserId, uuidSql } from "./sql";

// WHO MAY SEE A CUSTOMER — one rule for the customer list, the customer page and every read and
// write that hangs off a customer (orders, consents, timeline, loyalty, GDPR).
// Managers: every customer. A sales rep: the customers of their team, the customers they own, and
// the customers behind a lead they may open (server/access/lead.ts), so every lead page a rep can
// read has a customer page they can read. That last part adds the customers of their own leads, the
// customers of another team behind an unassigned lead routed to their team, and the customers no
// team holds yet that have an unassigned lead of no team (every rep's to claim). A customer
// login: their own record. Lists leave erased customers out; the page still opens them (as "Erased
// customer"), so old links keep working. access-rules.test.ts checks the forms agree.

export function customerWhere(session: AppSession): Prisma.CustomerWhereInput {
  if (session.role === "MANAGER") return {};
  if (session.role === "CUSTOMER") return { id: session.customerId ?? NO_ID };
  if (session.role !== "SALES") return { id: { in: [] } };
  return {
    OR: [
      ...(session.teamId ? [{ teamId: session.teamId }] : []),
      { ownerId: ownUserId(session) },
      { leads: { some: { ownerId: ownUserId(session) } } },
      ...(session.teamId ? [{ leads: { some: { ownerId: null, teamId: session.teamId } } }] : []),
      { teamId: null, leads: { some: { ownerId: null, teamId: null } } },
    ],
  };
}

/** The same rule for lists: erased customers are never listed. */
export function customerListWhere(session: AppSession): Prisma.CustomerWhereInput {
  return { AND: [customerWhere(session), { erasedAt: null }] };
}

/**
 * The customers a rep reaches other than through their team, as one id list (no alias): the ones
 * they own and the ones behind their leads, outside their team (inside it the team branch has them
 * already). Each lead carries its customer's team (Lead.customerTeamId, kept by a trigger), so no
 * part joins a customer: each reads a range of one index, (ownerId, teamId) on customers and
 * (ownerId, customerTeamId) on leads. "Outside the team" is spelt as three ranges (below the team's
 * id, above it, no team), which an index reads directly; `IS DISTINCT FROM` made each part read all
 * of the rep's rows (1M customers: a rep's 389k leads joined to their customers, 870 ms).
 */
function reachedSql(session: AppSession): Prisma.Sql {
  const me = uuidSql(ownUserId(session));
  const team = session.teamId ? uuidSql(session.teamId) : null;
  const outsideTeam = (select: Prisma.Sql, col: Prisma.Sql): Prisma.Sql[] =>
    team
      ? [
          Prisma.sql`${select} AND ${col} < ${team}`,
          Prisma.sql`${select} AND ${col} > ${team}`,
          Prisma.sql`${select} AND ${col} IS NULL`,
        ]
      : [select];
  const parts = [
    ...outsideTeam(Prisma.sql`SELECT co.id FROM "Customer" co WHERE co."ownerId" = ${me}`, Prisma.sql`co."teamId"`),
    ...outsideTeam(
      Prisma.sql`SELECT cl."customerId" FROM "Lead" cl WHERE cl."ownerId" = ${me}`,
      Prisma.sql`cl."customerTeamId"`,
    ),
    // The customers no team holds yet behind an unassigned lead of no team (every rep's to claim; few).
    Prisma.sql`SELECT cl."customerId" FROM "Lead" cl WHERE cl."ownerId" IS NULL AND cl."teamId" IS NULL AND cl."customerTeamId" IS NULL`,
  ];
  // Another team's customer behind an unassigned lead routed to the rep's team (a store's key, say).
  if (team)
    parts.push(
      ...outsideTeam(
        Prisma.sql`SELECT cl."customerId" FROM "Lead" cl WHERE cl."ownerId" IS NULL AND cl."teamId" = ${team}`,
        Prisma.sql`cl."customerTeamId"`,
      ),
    );
  return Prisma.join(parts, " UNION ");
}

/**
 * The rule as SQL branches over "Customer" aliased `alias` that never overlap; their OR is the
 * rule. For a rep with a team: the team on its own, so the list's per-team keyset indexes
 * (Customer(teamId, …, id)) serve it exactly as before the rule had more parts, and the few other
 * customers they reach as an id list (an OR of the two makes every sort scan all customers: PGlite,
 * 20k customers, "latest activity" 2 → 130 ms). The list runs one keyset part per branch.
 */
export function customerSqlBranches(session: AppSession, alias = "c"): Prisma.Sql[] {
  return branchesReaching(session, alias, session.role === "SALES" ? reachedSql(session) : null);
}

/** The branches, with the reached customers as `reached` (a subquery or an id list; null: none). */
function branchesReaching(session: AppSession, alias: string, reached: Prisma.Sql | null): Prisma.Sql[] {
  const c = Prisma.raw(alias);
  if (session.role === "MANAGER") return [Prisma.sql`TRUE`];
  if (session.role === "CUSTOMER") return [Prisma.sql`${c}.id = ${uuidSql(session.customerId ?? NO_ID)}`];
  if (session.role !== "SALES") return [];
  const others = reached ? [Prisma.sql`${c}.id IN (${reached})`] : [];
  if (!session.teamId) return others;
  const team = uuidSql(session.teamId);
  return [
    Prisma.sql`${c}."teamId" = ${team}`,
    ...others.map((branch) => Prisma.sql`(${c}."teamId" IS DISTINCT FROM ${team} AND ${branch})`),
  ];
}

/** The rule as one SQL condition over "Customer" aliased `alias`. */
export function customerSql(session: AppSession, alias = "c"): Prisma.Sql {
  const branches = customerSqlBranches(session, alias);
  return branches.length ? Prisma.sql`(${Prisma.join(branches, " OR ")})` : NOTHING_SQL;
}

/** The list form's branches: erased customers are never listed. */
export function customerListSqlBranches(session: AppSession, alias = "c"): Prisma.Sql[] {
  return listed(customerSqlBranches(session, alias), alias);
}

const listed = (branches: Prisma.Sql[], alias: string) =>
  branches.map((branch) => Prisma.sql`${Prisma.raw(alias)}."erasedAt" IS NULL AND ${branch}`);

/**
 * The list branches with the customers a rep reaches outside their team looked up once, as ids (one
 * query; usually none, and then the branch is dropped), for a request that runs a page and its
 * count. Embedded, the lookup ran once per query and per sort part: every list request read all of
 * the rep's own leads two or more times (BENCHMARKS.md). The same rule, the same rows.
 */
export async function resolvedCustomerListBranches(
  db: Pick<PrismaClient, "$queryRaw">,
  session: AppSession,
  alias = "c",
): Promise<Prisma.Sql[]> {
  if (session.role !== "SALES") return customerListSqlBranches(session, alias);
  const ids = (await db.$queryRaw<{ id: string }[]>`SELECT DISTINCT r.id FROM (${reachedSql(session)}) r(id)`).map(
    (r) => r.id,
  );
  return listed(branchesReaching(session, alias, ids.length ? Prisma.join(ids.map(uuidSql)) : null), alias);
}

/** The list form as one SQL condition. */
export function customerListSql(session: AppSession, alias = "c"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}."erasedAt" IS NULL AND ${customerSql(session, alias)}`;
}

/**
 * The list form, checked on each row it is given (a correlated EXISTS on the row's leads), for a
 * caller that holds a few hundred candidate ids (the top bar's search): the branches above read a
 * rep's whole reach first, this reads only the candidates and their leads, and a LIMIT can stop it
 * early. The same rule (access-rules.test.ts).
 */
export function customerListRowSql(session: AppSession, alias = "c"): Prisma.Sql {
  const c = Prisma.raw(alias);
  if (session.role !== "SALES") return customerListSql(session, alias);
  const me = uuidSql(ownUserId(session));
  const team = session.teamId ? uuidSql(session.teamId) : null;
  const routedToTeam = team ? Prisma.sql` OR (rl."ownerId" IS NULL AND rl."teamId" = ${team})` : Prisma.empty;
  const reached = Prisma.sql`(${c}."ownerId" = ${me} OR EXISTS (
      SELECT 1 FROM "Lead" rl
       WHERE rl."customerId" = ${c}.id
         AND (rl."ownerId" = ${me}
              OR (rl."ownerId" IS NULL AND rl."teamId" IS NULL AND ${c}."teamId" IS NULL)${routedToTeam})))`;
  return Prisma.sql`${c}."erasedAt" IS NULL AND ${team ? Prisma.sql`(${c}."teamId" = ${team} OR ${reached})` : reached}`;
}

/** Bulk and irreversible work on customers' personal data: CSV export and import, GDPR export and erasure. */
export function mayManageCustomerData(session: AppSession | null): session is AppSession {
  return session?.role === "MANAGER";
}
