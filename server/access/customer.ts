import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { NO_ID, NOTHING_SQL, uuidSql } from "./sql";

// WHO MAY SEE A CUSTOMER — one rule for the customer list, the customer page and every read and
// write that hangs off a customer (orders, consents, timeline, loyalty, GDPR).
// Managers: every customer. A sales rep: the customers of their team, the customers they own, and
// the customers behind a lead they may open (server/access/lead.ts), so every lead page a rep can
// read has a customer page they can read. For a rep with a team that last part adds the customers
// of their own leads (unassigned leads of the team are the team's customers already); for a rep
// without a team it adds the customers without a team that have an unassigned lead. A customer
// login: their own record. Lists leave erased customers out; the page still opens them (as "Erased
// customer"), so old links keep working. access-rules.test.ts checks the forms agree.

export function customerWhere(session: AppSession): Prisma.CustomerWhereInput {
  if (session.role === "MANAGER") return {};
  if (session.role === "CUSTOMER") return { id: session.customerId ?? NO_ID };
  if (session.role !== "SALES") return { id: { in: [] } };
  return {
    OR: [
      ...(session.teamId ? [{ teamId: session.teamId }] : []),
      { ownerId: session.userId },
      { leads: { some: { ownerId: session.userId } } },
      ...(session.teamId ? [] : [{ teamId: null, leads: { some: { ownerId: null } } }]),
    ],
  };
}

/** The same rule for lists: erased customers are never listed. */
export function customerListWhere(session: AppSession): Prisma.CustomerWhereInput {
  return { AND: [customerWhere(session), { erasedAt: null }] };
}

/**
 * The rule as SQL over "Customer" aliased `alias`. For a rep, the team comes first and alone on
 * the teamId column, so the list's per-team keyset indexes (Customer(teamId, …, id)) still serve
 * it; the lead parts are uncorrelated IN lists, hashed once per query (a rep's own leads by the
 * Lead(ownerId, …) index), not a lookup per customer.
 */
export function customerSql(session: AppSession, alias = "c"): Prisma.Sql {
  const c = Prisma.raw(alias);
  if (session.role === "MANAGER") return Prisma.sql`TRUE`;
  if (session.role === "CUSTOMER") return Prisma.sql`${c}.id = ${uuidSql(session.customerId ?? NO_ID)}`;
  if (session.role !== "SALES") return NOTHING_SQL;
  const me = uuidSql(session.userId);
  const parts = [
    ...(session.teamId ? [Prisma.sql`${c}."teamId" = ${uuidSql(session.teamId)}`] : []),
    Prisma.sql`${c}."ownerId" = ${me}`,
    Prisma.sql`${c}.id IN (SELECT cl."customerId" FROM "Lead" cl WHERE cl."ownerId" = ${me})`,
    ...(session.teamId ? [] : [Prisma.sql`(${c}."teamId" IS NULL AND ${c}.id IN (SELECT cl."customerId" FROM "Lead" cl WHERE cl."ownerId" IS NULL))`]),
  ];
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/** The list form as SQL: erased customers are never listed. */
export function customerListSql(session: AppSession, alias = "c"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}."erasedAt" IS NULL AND ${customerSql(session, alias)}`;
}

/** Bulk and irreversible work on customers' personal data: CSV export and import, GDPR export and erasure. */
export function mayManageCustomerData(session: AppSession | null): session is AppSession {
  return session?.role === "MANAGER";
}
