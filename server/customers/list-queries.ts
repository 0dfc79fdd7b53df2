import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { CUSTOMER_PAGE_SIZE, type CustomerFilters, type JourneyStageName, type LoyaltyTierName } from "@/lib/validation/customer-filters";
import { customerListSqlBranches, resolvedCustomerListBranches } from "@/server/access/customer";
import { customerFilterSql, dormantBefore, hasMarketingConsentSql, hasOpenLeadSql } from "./list-filter-sql";
import { customerPageOrderBy, customerPageParts, decodeCustomerCursor, encodeCustomerCursor } from "./list-keyset";

// The customer list: authorize, scope, filter, one keyset page, and a capped count. Raw SQL for the
// same reason as the lead list (keysets the Prisma cursor API cannot express); one dialect that runs
// on PGlite and PostgreSQL.

export type CustomerListRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  tier: LoyaltyTierName;
  points: number;
  journeyStage: JourneyStageName;
  ownerName: string | null;
  /** ISO timestamp; null: we never heard from them. */
  lastActivityAt: string | null;
  hasOpenLead: boolean;
  marketingConsent: boolean;
};

/** `capped`: there are more than `count` (we stop counting there: an exact count costs a full scan). */
export type CustomerTotal = { count: number; capped: boolean };
export type CustomerPage = { rows: CustomerListRow[]; nextCursor: string | null; total: CustomerTotal };

/** Counting stops here: "1,000+ customers" says enough, and costs at most this many index entries. */
export const COUNT_CAP = 1000;

export function assertStaff(session: AppSession | null): asserts session is AppSession {
  if (!session || (session.role !== "SALES" && session.role !== "MANAGER")) throw new Error("Staff only");
}

type RawRow = Omit<CustomerListRow, "lastActivityAt"> & { lastActivityAt: Date | string | null; createdAt: Date | string; loyaltyPoints: number };

/** The page's SQL, exported for EXPLAIN in the benchmark and the index commit. */
export function customerListSql(session: AppSession, filters: CustomerFilters, now: Date, branches = customerListSqlBranches(session, "c")): Prisma.Sql {
  const limit = CUSTOMER_PAGE_SIZE + 1;
  const activeBefore = filters.activity === "dormant" ? dormantBefore(now) : undefined;
  const keyset = customerPageParts(filters.sort, decodeCustomerCursor(filters.sort, filters.cursor), activeBefore);
  // One keyset part per branch of the customer rule: each branch is its own index scan (a rep's team
  // on the per-team indexes), and the branches never overlap, so UNION ALL loses and repeats nothing.
  const parts = branches.flatMap((scope) => {
    const where = customerFilterSql(session, filters, now, scope);
    return keyset.map((part) => Prisma.sql`(SELECT c.id FROM "Customer" c WHERE ${where} AND ${part.where} ORDER BY ${part.orderBy} LIMIT ${limit})`);
  });
  if (!parts.length) parts.push(Prisma.sql`(SELECT c.id FROM "Customer" c WHERE FALSE)`);
  // The parts pick the ids (index scans); the page then joins what it shows for at most 2 × 51 rows.
  return Prisma.sql`
    SELECT p.id, p.name, p.email, p.phone, p.city, p."loyaltyTier"::text AS tier, p."loyaltyPoints" AS points,
           p."loyaltyPoints", p."journeyStage"::text AS "journeyStage", p."lastActivityAt", p."createdAt",
           o.name AS "ownerName",
           ${hasOpenLeadSql("p")} AS "hasOpenLead", ${hasMarketingConsentSql("p")} AS "marketingConsent"
      FROM (${Prisma.join(parts, " UNION ALL ")}) page
      JOIN "Customer" p ON p.id = page.id
      LEFT JOIN "User" o ON o.id = p."ownerId"
     ORDER BY ${customerPageOrderBy(filters.sort)}
     LIMIT ${limit}`;
}

function toRow({ createdAt: _c, loyaltyPoints: _p, lastActivityAt, ...r }: RawRow): CustomerListRow {
  return { ...r, lastActivityAt: lastActivityAt === null ? null : new Date(lastActivityAt).toISOString() };
}

/** How many customers match, counted up to `cap` + 1. */
export async function countCustomers(
  session: AppSession, filters: CustomerFilters, now: Date, cap = COUNT_CAP, branches = customerListSqlBranches(session, "c"),
): Promise<CustomerTotal> {
  assertStaff(session);
  const db = await getDb();
  // Per branch of the customer rule, like the page: each count stops at the cap on its own index.
  const counts = branches.map((scope) =>
    Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Customer" c WHERE ${customerFilterSql(session, filters, now, scope)} LIMIT ${cap + 1}) x`);
  const rows = counts.length ? await db.$queryRaw<{ n: number }[]>`${Prisma.join(counts, " UNION ALL ")}` : [];
  const n = rows.reduce((sum, r) => sum + r.n, 0);
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

/** One page of the customer list for this user, with the (capped) total. Throws for non-staff. */
export async function findCustomers(session: AppSession | null, filters: CustomerFilters, now = new Date()): Promise<CustomerPage> {
  assertStaff(session);
  const db = await getDb();
  const branches = await resolvedCustomerListBranches(db, session, "c");
  const [raw, total] = await Promise.all([
    db.$queryRaw<RawRow[]>(customerListSql(session, filters, now, branches)),
    countCustomers(session, filters, now, COUNT_CAP, branches),
  ]);
  const page = raw.slice(0, CUSTOMER_PAGE_SIZE);
  const last = page[page.length - 1];
  const nextCursor = raw.length > CUSTOMER_PAGE_SIZE ? encodeCustomerCursor(filters.sort, last) : null;
  return { rows: page.map(toRow), nextCursor, total };
}
