import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CustomerSort } from "@/lib/validation/customer-filters";
import { decodeKeyset, encodeKeyset, keyCol as col, keysetAfter, keysetOrderBy, type CursorValue, type KeyColumn } from "@/server/db/keyset";

// The customer list's sort keys; each has an index in the same order, once over all customers (the
// manager's list) and once per team (the sales rep's), see the Customer model in schema.prisma.
//
// "activity" is newest first with never-active customers (NULL) last. A descending index puts NULLs
// first, and Prisma cannot declare DESC NULLS LAST, so that sort is two index scans glued together:
// the customers with activity in (lastActivityAt DESC, id) order, then those without, by id.

const ID = col("id", "asc", "uuid");

export const CUSTOMER_SORT_KEYS: Record<CustomerSort, KeyColumn[]> = {
  activity: [col("lastActivityAt", "desc", "ts", true), ID],
  name: [col("name", "asc", "text"), ID],
  created: [col("createdAt", "desc", "ts"), ID],
  points: [col("loyaltyPoints", "desc", "int"), ID],
};

const NEVER_ACTIVE_KEYS = [ID];

export type CustomerPagePart = { where: Prisma.Sql; orderBy: Prisma.Sql };

/**
 * The index-ordered parts a page is read from, in order, each with the keyset condition of the
 * cursor. A page is the first `limit` rows of the parts concatenated.
 *
 * `activeBefore` (the "dormant" filter's bound) is repeated on the part with activity as a plain
 * range: the filter's `IS NULL OR < bound` cannot start an index scan, and the scan then read
 * through every recently active customer (71,000 at 100k) before the first dormant one.
 */
export function customerPageParts(sort: CustomerSort, cursor: CursorValue[] | null, activeBefore?: string): CustomerPagePart[] {
  if (sort !== "activity") {
    const keys = CUSTOMER_SORT_KEYS[sort];
    return [{ where: cursor ? keysetAfter("c", keys, cursor) : Prisma.sql`TRUE`, orderBy: keysetOrderBy("c", keys) }];
  }
  const [at, id] = cursor ?? [undefined, undefined];
  const active = [col("lastActivityAt", "desc", "ts"), ID];
  return [
    {
      where: at === null
        ? Prisma.sql`FALSE`
        : Prisma.sql`c."lastActivityAt" IS NOT NULL AND ${cursor ? keysetAfter("c", active, [at!, id!]) : Prisma.sql`TRUE`}${
            activeBefore ? Prisma.sql` AND c."lastActivityAt" < ${activeBefore}::timestamptz` : Prisma.empty}`,
      orderBy: keysetOrderBy("c", active),
    },
    {
      where: Prisma.sql`c."lastActivityAt" IS NULL AND ${at === null ? keysetAfter("c", NEVER_ACTIVE_KEYS, [id!]) : Prisma.sql`TRUE`}`,
      orderBy: keysetOrderBy("c", NEVER_ACTIVE_KEYS),
    },
  ];
}

/** The order of the whole page, for sorting the parts' rows once more (at most 2 × limit rows). */
export function customerPageOrderBy(sort: CustomerSort): Prisma.Sql {
  if (sort === "activity") return Prisma.raw(`p."lastActivityAt" DESC NULLS LAST, p.id ASC`);
  return keysetOrderBy("p", CUSTOMER_SORT_KEYS[sort]);
}

export const encodeCustomerCursor = (sort: CustomerSort, row: Record<string, unknown>): string =>
  encodeKeyset(sort, CUSTOMER_SORT_KEYS[sort], row);
export const decodeCustomerCursor = (sort: CustomerSort, cursor: string | undefined): CursorValue[] | null =>
  decodeKeyset(sort, CUSTOMER_SORT_KEYS[sort], cursor);
