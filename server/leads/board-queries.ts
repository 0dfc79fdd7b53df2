import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { Currency } from "@/generated/prisma/enums";
import type { AppSession } from "@/server/auth/session";
import { assertStaff } from "@/server/access/staff";
import { getDb } from "@/server/db";
import { decodeKeyset, keyCol, keysetAfter, keysetOrderBy } from "@/server/lists/keyset";
import { readListPage, type ListPage } from "@/server/lists/list-page";
import { OPEN_STAGES, type OpenStage } from "@/lib/lead-stages";
import type { LeadFilters } from "@/lib/validation/lead-filters";
import { narrowSql, scopeSqlBranches } from "./list-queries";

// The pipeline board: the lead list's leads (same rule, same filter bar) by open stage. A column is
// one stage's leads, most recently active first, read by keyset on Lead_board_column_idx (stage,
// lastActivityAt DESC, id), so "Show more" costs the same at 200k leads as at 200. Its count and
// value sum cover every lead in it; the sum is per currency, as a customer's money is in theirs.

export const BOARD_PAGE_SIZE = 20;
const SORT = "board";
const KEYS = [keyCol("lastActivityAt", "desc", "ts"), keyCol("id", "asc", "uuid")];

export type BoardCard = {
  id: string;
  /** The lead's version: a move is refused when someone changed the lead since (stage-service.ts). */
  version: number;
  stage: OpenStage;
  customerName: string;
  interest: string;
  valueMinor: number;
  currency: Currency;
  readiness: "HOT" | "WARM" | "SLOW";
  /** null: unassigned. */
  ownerName: string | null;
  /** ISO: when the customer's answer is due (null: nobody waits) and the last activity. */
  slaDueAt: string | null;
  lastActivityAt: string;
};

export type BoardTotals = { count: number; sums: { currency: Currency; valueMinor: number }[] };
export type BoardColumn = { stage: OpenStage; totals: BoardTotals; page: ListPage<BoardCard> };

/** The stages the board shows: the filter's, else every open stage, in pipeline order. */
export const boardStages = (f: LeadFilters): OpenStage[] => (f.stage.length ? [...f.stage] : [...OPEN_STAGES]);

// The stage as a literal: the partial board indexes are chosen only when the planner can prove the
// condition implies theirs (see open-stage-sql.ts); OpenStage values are fixed identifiers.
const stageLiteral = (stage: OpenStage) => Prisma.raw(`'${OPEN_STAGES.find((s) => s === stage)}'`);

/**
 * One column's page, exported for EXPLAIN. A rep's scope has two branches (own; unclaimed of the
 * team), each read as its own keyset range of Lead_owner_board_idx and merged: as one OR the
 * column walked the stage's open leads until it found a page of the rep's (BENCHMARKS.md).
 */
export function boardColumnSql(
  session: AppSession,
  f: LeadFilters,
  stage: OpenStage,
  cursor: string | undefined,
  now: Date,
): Prisma.Sql {
  const after = decodeKeyset(`${SORT}:${stage}`, KEYS, cursor);
  const parts = scopeSqlBranches(session, f).map(
    (scope) => Prisma.sql`(
    SELECT l.id, l.version, l.stage::text AS stage, l.interest, l."valueMinor", l.readiness::text AS readiness,
           l."slaDueAt", l."lastActivityAt", c.name AS "customerName", c.currency::text AS currency,
           o.name AS "ownerName"
      FROM "Lead" l
      JOIN "Customer" c ON c.id = l."customerId"
      LEFT JOIN "User" o ON o.id = l."ownerId"
     WHERE l.stage = ${stageLiteral(stage)}
       AND ${scope}
       AND ${narrowSql(f, now)}
       AND ${after ? keysetAfter("l", KEYS, after) : Prisma.sql`TRUE`}
     ORDER BY ${keysetOrderBy("l", KEYS)}
     LIMIT ${BOARD_PAGE_SIZE + 1})`,
  );
  if (!parts.length) return Prisma.sql`SELECT NULL WHERE FALSE`;
  if (parts.length === 1) return parts[0];
  return Prisma.sql`
    SELECT * FROM (${Prisma.join(parts, " UNION ALL ")}) l
     ORDER BY ${keysetOrderBy("l", KEYS)}
     LIMIT ${BOARD_PAGE_SIZE + 1}`;
}

/**
 * Every shown column's count and sums, exported for EXPLAIN: one pass over the matching open leads
 * per branch of the scope, from the lead alone (its currency is kept on it), so a manager's
 * unfiltered board reads Lead_board_sum_idx and nothing else.
 */
export function boardTotalsSql(session: AppSession, f: LeadFilters, now: Date): Prisma.Sql {
  const stages = Prisma.join(boardStages(f).map(stageLiteral));
  const parts = scopeSqlBranches(session, f).map(
    (scope) => Prisma.sql`
      SELECT l.stage, l.currency, l."valueMinor"
        FROM "Lead" l
       WHERE l.stage IN (${stages})
         AND ${scope}
         AND ${narrowSql(f, now)}`,
  );
  if (!parts.length) return Prisma.sql`SELECT NULL WHERE FALSE`;
  return Prisma.sql`
    SELECT t.stage::text AS stage, t.currency::text AS currency, count(*)::int AS n,
           coalesce(sum(t."valueMinor"), 0)::bigint AS total
      FROM (${Prisma.join(parts, " UNION ALL ")}) t
     GROUP BY 1, 2`;
}

type RawCard = Omit<BoardCard, "slaDueAt" | "lastActivityAt"> & {
  slaDueAt: Date | string | null;
  lastActivityAt: Date | string;
};

const toCard = (r: RawCard): BoardCard => ({
  ...r,
  slaDueAt: r.slaDueAt === null ? null : new Date(r.slaDueAt).toISOString(),
  lastActivityAt: new Date(r.lastActivityAt).toISOString(),
});

async function columnPage(
  db: PrismaClient,
  session: AppSession,
  f: LeadFilters,
  stage: OpenStage,
  cursor: string | undefined,
  now: Date,
): Promise<ListPage<BoardCard>> {
  const sql = boardColumnSql(session, f, stage, cursor, now);
  return readListPage(db, sql, BOARD_PAGE_SIZE, { sort: `${SORT}:${stage}`, keys: KEYS }, toCard);
}

/** The board for this user: each shown column's first page and totals. Throws for anyone who is not staff. */
export async function findBoard(session: AppSession | null, f: LeadFilters, now = new Date()): Promise<BoardColumn[]> {
  assertStaff(session);
  const db = await getDb();
  const stages = boardStages(f);
  const [totals, ...pages] = await Promise.all([
    db.$queryRaw<{ stage: OpenStage; currency: Currency; n: number; total: bigint | number }[]>(
      boardTotalsSql(session, f, now),
    ),
    ...stages.map((stage) => columnPage(db, session, f, stage, undefined, now)),
  ]);
  return stages.map((stage, i) => {
    const rows = totals.filter((t) => t.stage === stage);
    return {
      stage,
      totals: {
        count: rows.reduce((sum, r) => sum + r.n, 0),
        sums: rows
          .map((r) => ({ currency: r.currency, valueMinor: Number(r.total) }))
          .sort((a, b) => a.currency.localeCompare(b.currency)),
      },
      page: pages[i],
    };
  });
}

/** The next cards of one column ("Show more"), after `cursor`; the first page when the cursor is not this column's. */
export async function findBoardColumn(
  session: AppSession | null,
  f: LeadFilters,
  stage: OpenStage,
  cursor: string | undefined,
  now = new Date(),
): Promise<ListPage<BoardCard>> {
  assertStaff(session);
  return columnPage(await getDb(), session, f, stage, cursor, now);
}
