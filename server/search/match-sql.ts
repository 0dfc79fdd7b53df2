import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SearchTerms } from "@/lib/search/terms";

// The search text as SQL, for the global search and the customer list alike (lib/search/terms.ts
// reads the text). The expressions are written exactly as the indexes of migration global_search
// are, so the planner answers them from the indexes: a GIN "holds all of these prefixes" on the
// customer's folded words and phone digits, and a prefix range on an order number's digits.

/** The customer (alias `alias`) has every typed word as a prefix of a word of their name, e-mail or phone. */
export function customerWordsSql(terms: SearchTerms, alias = "c"): Prisma.Sql | null {
  if (!terms.words.length) return null;
  const c = Prisma.raw(alias);
  return Prisma.sql`reise_search_tokens(${c}.name, ${c}.email, ${c}.phone) @> ARRAY[${Prisma.join(terms.words)}]::text[]`;
}

/**
 * The order (alias `alias`) has the typed number: its digits start with the typed digits and, when
 * letters were typed before them, its number starts with those (NB-100234 as "nb100234", "100234"
 * or "1002").
 */
export function orderNumberSql(terms: SearchTerms, alias = "o"): Prisma.Sql | null {
  if (!terms.order) return null;
  const o = Prisma.raw(alias);
  const digits = Prisma.sql`regexp_replace(${o}.number, '[^0-9]', '', 'g') LIKE ${terms.order.digits} || '%'`;
  return terms.order.prefix ? Prisma.sql`(${digits} AND upper(${o}.number) LIKE ${terms.order.prefix} || '%')` : digits;
}

/**
 * The ids of the customers the text finds: by their words, or by an order of theirs with the typed
 * number. A UNION of two index reads (the GIN and the digits' range), never an OR over the
 * customer table: an OR cannot use either index and calls the token function on every customer.
 */
export function matchingCustomerIdsSql(terms: SearchTerms): Prisma.Sql | null {
  const words = customerWordsSql(terms, "sc");
  const order = orderNumberSql(terms, "so");
  const parts = [
    ...(words ? [Prisma.sql`SELECT sc.id FROM "Customer" sc WHERE ${words}`] : []),
    ...(order ? [Prisma.sql`SELECT so."customerId" FROM "Order" so WHERE ${order}`] : []),
  ];
  return parts.length ? Prisma.join(parts, " UNION ") : null;
}

/** The customer (alias `alias`) is one the text finds. */
export function customerMatchSql(terms: SearchTerms, alias = "c"): Prisma.Sql {
  const ids = matchingCustomerIdsSql(terms);
  return ids ? Prisma.sql`${Prisma.raw(alias)}.id IN (${ids})` : Prisma.sql`FALSE`;
}

/** The row's customer id column (`column`, e.g. l."customerId") is of a customer whose words match. */
export function customerIdByWordsSql(terms: SearchTerms, column: Prisma.Sql): Prisma.Sql | null {
  const words = customerWordsSql(terms, "wc");
  return words ? Prisma.sql`${column} IN (SELECT wc.id FROM "Customer" wc WHERE ${words})` : null;
}
