import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { assertStaff } from "@/server/access/staff";
import { customerListRowSql } from "@/server/access/customer";
import { leadSql } from "@/server/access/lead";
import { openStageSql } from "@/server/leads/open-stage-sql";
import { isEmptySearch, parseSearchTerms, type SearchTerms } from "@/lib/search/terms";
import { GLOBAL_SEARCH_MIN, type GlobalSearchResult, type SearchGroup } from "@/lib/search/result";
import { customerWordsSql, matchingCustomerIdsSql, orderNumberSql } from "./match-sql";

// The top bar's search: customers, leads (open and closed) and orders, each group through its
// entity's access rule (server/access/), so nothing a user may not open is ever listed. Each group
// reads one row more than it shows, to say whether there is more, and every query is bounded: by
// MATCHED customers the text finds, CANDIDATES of them the user may open, and LIMIT rows a group.

export const GROUP_SIZE = 5;
const LIMIT = GROUP_SIZE + 1;
/** Rows a group reads before ordering them: the customers the user may open, leads, orders. */
const CANDIDATES = 100;
/** Customers the text may find before access is checked: a short word matches thousands. */
const MATCHED = 500;

type Db = Awaited<ReturnType<typeof getDb>>;

const group = <T>(rows: T[]): SearchGroup<T> => ({ rows: rows.slice(0, GROUP_SIZE), more: rows.length > GROUP_SIZE });

/** The first CANDIDATES matched customers this user may open, by name: the customers group. */
function visibleCustomers(db: Db, session: AppSession, matched: string[]) {
  // "an" matches thousands, and ordering them all to show five is work nobody asked for ("see all"
  // opens the list with the same search).
  return db.$queryRaw<GlobalSearchResult["customers"]["rows"]>`
    SELECT m.id, m.name, m.email, m.phone, m.city FROM (
      SELECT c.id, c.name, c.email, c.phone, c.city
        FROM "Customer" c
       WHERE c.id = ANY(${matched}::uuid[]) AND ${customerListRowSql(session, "c")}
       LIMIT ${CANDIDATES}) m
     ORDER BY m.name, m.id`;
}

async function leads(db: Db, session: AppSession, terms: SearchTerms, customerIds: string[]) {
  if (!terms.words.length || !customerIds.length) return [];
  // Open leads first (the work), then the closed ones, most recently active first in each. Driven by
  // the customers (an index read each): as "customerId = ANY(…)" beside the rule the planner and-ed
  // it with a bitmap of every lead the rep owns (100k customers: 101,076 entries, 50 ms).
  return db.$queryRaw<GlobalSearchResult["leads"]["rows"]>`
    SELECT m.id, m."customerId", m."customerName", m.interest, m.stage, m.open FROM (
      SELECT l.id, l."customerId", c.name AS "customerName", l.interest, l.stage::text AS stage,
             ${openStageSql("l")} AS open, l."lastActivityAt"
        FROM unnest(${customerIds}::uuid[]) u(id)
        JOIN "Customer" c ON c.id = u.id
        JOIN "Lead" l ON l."customerId" = c.id
       WHERE c."erasedAt" IS NULL AND ${leadSql(session, "l")}
       LIMIT ${CANDIDATES}) m
     ORDER BY m.open DESC, m."lastActivityAt" DESC, m.id
     LIMIT ${LIMIT}`;
}

async function orders(db: Db, session: AppSession, terms: SearchTerms, byWords: string[]) {
  const number = orderNumberSql(terms, "o");
  // Each way of matching is its own bounded index read, its customer checked against the rule row by
  // row: the number's range, and the orders of the customers the words found (one by one).
  const rule = customerListRowSql(session, "c");
  const candidates = [
    ...(number
      ? [
          Prisma.sql`(SELECT o.id FROM "Order" o JOIN "Customer" c ON c.id = o."customerId" WHERE ${number} AND ${rule} LIMIT ${CANDIDATES})`,
        ]
      : []),
    ...(byWords.length
      ? [
          Prisma.sql`(SELECT o.id FROM unnest(${byWords}::uuid[]) u(id) JOIN "Order" o ON o."customerId" = u.id JOIN "Customer" c ON c.id = o."customerId" WHERE ${rule} LIMIT ${CANDIDATES})`,
        ]
      : []),
  ];
  if (!candidates.length) return [];
  return db.$queryRaw<GlobalSearchResult["orders"]["rows"]>`
    SELECT o.id, o.number, o."customerId", c.name AS "customerName", o.product, o.milestone::text AS milestone
      FROM "Order" o JOIN "Customer" c ON c.id = o."customerId"
     WHERE o.id IN (${Prisma.join(candidates, " UNION ")}) AND c."erasedAt" IS NULL
     ORDER BY o."placedAt" DESC, o.id
     LIMIT ${LIMIT}`;
}

/**
 * The ids of the customers the text finds, by their words and by an order's number, read once as a
 * list: as a subquery the planner guesses hundreds of matches for one phone number and scans every
 * customer of the team to join them (0.5 s at 100k); as an array of known length it looks each up.
 * Bounded: "an" matches thousands, and the groups show five.
 */
async function matchedCustomerIds(db: Db, terms: SearchTerms) {
  const read = async (sql: Prisma.Sql) =>
    (await db.$queryRaw<{ id: string }[]>`SELECT m.id FROM (${sql}) m(id) LIMIT ${MATCHED}`).map((r) => r.id);
  const words = customerWordsSql(terms, "sc");
  const byWords = words ? await read(Prisma.sql`SELECT sc.id FROM "Customer" sc WHERE ${words}`) : [];
  const either = terms.order ? matchingCustomerIdsSql(terms) : null;
  const all = either ? await read(either) : byWords;
  return { byWords, all };
}

export const EMPTY_SEARCH: GlobalSearchResult = {
  customers: { rows: [], more: false },
  leads: { rows: [], more: false },
  orders: { rows: [], more: false },
};

/** What `q` finds that this staff member may open, grouped. Throws for non-staff. */
export async function globalSearch(session: AppSession | null, q: string): Promise<GlobalSearchResult> {
  assertStaff(session);
  const terms = parseSearchTerms(q);
  if (q.trim().length < GLOBAL_SEARCH_MIN || isEmptySearch(terms)) return EMPTY_SEARCH;
  const db = await getDb();
  // Only the customers the text finds can be listed (directly, or as an order's customer), so the
  // rule is checked on those rows alone (server/access/customer.ts customerListRowSql): reading a
  // rep's whole reach first was most of a rep's search. Orders follow their customer
  // (server/access/order.ts), so the same check on the order's customer is their rule.
  const matched = await matchedCustomerIds(db, terms);
  // A lead is never visible where its customer is not, so the lead rule alone guards the leads group.
  const [visible, l, o] = await Promise.all([
    visibleCustomers(db, session, matched.all),
    leads(db, session, terms, matched.byWords),
    orders(db, session, terms, matched.byWords),
  ]);
  return { customers: group(visible.slice(0, LIMIT)), leads: group(l), orders: group(o) };
}
