import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import {
  CUSTOMER_PAGE_SIZE,
  type JourneyStageName,
  type LoyaltyTierName,
} from "@/lib/validation/customer-filter-options";
import { type CustomerFilters, type SegmentAudienceFilters } from "@/lib/validation/customer-filters";
import { customerListSqlBranches, resolvedCustomerListBranches } from "@/server/access/customer";
import { assertStaff } from "@/server/access/staff";
import { decodeKeyset, keysetPageOrderBy, keysetParts } from "@/server/lists/keyset";
import { COUNT_CAP, countCapped, readListPage, type ListPage, type ListTotal } from "@/server/lists/list-page";
import { customerFilterSql, dormantBefore, hasMarketingConsentSql, hasOpenLeadSql } from "./list-filter-sql";
import { CUSTOMER_SORT_KEYS } from "./list-sort-keys";

// The customer list: authorize, scope, filter, one keyset page, and a capped count (server/lists/).
// Raw SQL for the same reason as the lead list (keysets the Prisma cursor API cannot express); one
// dialect that runs on PGlite and PostgreSQL.

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

export type CustomerTotal = ListTotal;
export type CustomerPage = ListPage<CustomerListRow> & { total: CustomerTotal };

type RawRow = Omit<CustomerListRow, "lastActivityAt"> & {
  lastActivityAt: Date | string | null;
  createdAt: Date | string;
  loyaltyPoints: number;
};

/** The page's SQL, exported for EXPLAIN in the benchmark and the index commit. */
export function customerListSql(
  session: AppSession,
  filters: CustomerFilters & Pick<SegmentAudienceFilters, "members">,
  now: Date,
  branches = customerListSqlBranches(session, "c"),
): Prisma.Sql {
  const limit = CUSTOMER_PAGE_SIZE + 1;
  const keys = CUSTOMER_SORT_KEYS[filters.sort];
  // The "dormant" filter's bound, repeated as a plain range the index can start at (keysetParts).
  const activeBefore =
    filters.activity === "dormant" ? Prisma.sql`c."lastActivityAt" < ${dormantBefore(now)}::timestamptz` : undefined;
  const keyset = keysetParts("c", keys, decodeKeyset(filters.sort, keys, filters.cursor), activeBefore);
  // One keyset part per branch of the customer rule: each branch is its own index scan (a rep's team
  // on the per-team indexes), and the branches never overlap, so UNION ALL loses and repeats nothing.
  const parts = branches.flatMap((scope) => {
    const where = customerFilterSql(session, filters, now, scope);
    return keyset.map(
      (part) =>
        Prisma.sql`(SELECT c.id FROM "Customer" c WHERE ${where} AND ${part.where} ORDER BY ${part.orderBy} LIMIT ${limit})`,
    );
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
     ORDER BY ${keysetPageOrderBy("p", keys)}
     LIMIT ${limit}`;
}

function toRow({ createdAt: _c, loyaltyPoints: _p, lastActivityAt, ...r }: RawRow): CustomerListRow {
  return { ...r, lastActivityAt: lastActivityAt === null ? null : new Date(lastActivityAt).toISOString() };
}

/** How many customers match, counted up to `cap` + 1. */
export async function countCustomers(
  session: AppSession,
  filters: CustomerFilters & Pick<SegmentAudienceFilters, "members">,
  now: Date,
  cap = COUNT_CAP,
  branches = customerListSqlBranches(session, "c"),
): Promise<CustomerTotal> {
  assertStaff(session);
  const db = await getDb();
  // Per branch of the customer rule, like the page: each count stops at the cap on its own index.
  return countCapped(
    db,
    Prisma.sql`"Customer" c`,
    branches.map((scope) => customerFilterSql(session, filters, now, scope)),
    cap,
  );
}

/** One page of the customer list for this user, with the (capped) total. Throws for non-staff. */
export async function findCustomers(
  session: AppSession | null,
  filters: CustomerFilters & Pick<SegmentAudienceFilters, "members">,
  now = new Date(),
): Promise<CustomerPage> {
  assertStaff(session);
  const db = await getDb();
  const branches = await resolvedCustomerListBranches(db, session, "c");
  const [page, total] = await Promise.all([
    readListPage(
      db,
      customerListSql(session, filters, now, branches),
      CUSTOMER_PAGE_SIZE,
      { sort: filters.sort, keys: CUSTOMER_SORT_KEYS[filters.sort] },
      toRow,
    ),
    countCustomers(session, filters, now, COUNT_CAP, branches),
  ]);
  return { ...page, total };
}
