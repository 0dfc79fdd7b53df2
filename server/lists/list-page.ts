import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { encodeKeyset, type KeyColumn } from "./keyset";

// The one shape of a paginated read and the steps every list shares. A list query authorizes with
// its entity's rule (server/access/), builds its page's SQL with keyset.ts, and then:
// - reads one row more than it shows: that row only says whether there is a next page;
// - takes the next cursor from the last row it shows;
// - counts, when it shows a total, only up to a cap: an exact count costs a full scan.

/** `capped`: there are more than `count` (counting stopped there). */
export type ListTotal = { count: number; capped: boolean };
export type ListPage<Row> = { rows: Row[]; nextCursor: string | null; total?: ListTotal };

/** Counting stops here: "1,000+ customers" says enough, and costs at most this many index entries. */
export const COUNT_CAP = 1000;

/** `raw` holds up to pageSize + 1 rows in the sort's order; `sort` tags the cursor with its sort. */
export function toListPage<Raw extends Record<string, unknown>, Row>(
  raw: Raw[],
  pageSize: number,
  cursor: { sort: string; keys: KeyColumn[] },
  toRow: (row: Raw) => Row,
): ListPage<Row> {
  const shown = raw.slice(0, pageSize);
  const last = shown.at(-1);
  const nextCursor = raw.length > pageSize && last ? encodeKeyset(cursor.sort, cursor.keys, last) : null;
  return { rows: shown.map(toRow), nextCursor };
}

/** Runs a page's SQL (which reads pageSize + 1 rows) and cuts it into a page. */
export async function readListPage<Raw extends Record<string, unknown>, Row>(
  db: PrismaClient,
  sql: Prisma.Sql,
  pageSize: number,
  cursor: { sort: string; keys: KeyColumn[] },
  toRow: (row: Raw) => Row,
): Promise<ListPage<Row>> {
  return toListPage(await db.$queryRaw<Raw[]>(sql), pageSize, cursor, toRow);
}

/**
 * How many rows of `from` match, counted up to `cap` + 1. One condition per branch of the access
 * rule: each count stops at the cap on its own index, and the branches never overlap, so the sum
 * is the count.
 */
export async function countCapped(
  db: PrismaClient,
  from: Prisma.Sql,
  branches: Prisma.Sql[],
  cap = COUNT_CAP,
): Promise<ListTotal> {
  if (!branches.length) return { count: 0, capped: false };
  const counts = branches.map(
    (where) => Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${cap + 1}) x`,
  );
  const rows = await db.$queryRaw<{ n: number }[]>`${Prisma.join(counts, " UNION ALL ")}`;
  const n = rows.reduce((sum, r) => sum + r.n, 0);
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}
