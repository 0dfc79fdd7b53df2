import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { CustomerImportState } from "@/generated/prisma/enums";
import { customerImportWhere, mayManageImports } from "@/server/access/customer-import";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { decodeKeyset, keyCol } from "@/server/lists/keyset";
import { toListPage, type ListPage } from "@/server/lists/list-page";

// Import history: every import, newest first, with who started it, the file and what it did, and
// for an undo what became of the customers so far (its progress) and in the end. Keyset pages on
// CustomerImport(createdAt desc, id). Managers only (server/access/customer-import.ts).

export const IMPORT_HISTORY_PAGE_SIZE = 20;

export type ImportUndoCounts = {
  /** Created customers removed. */
  removed: number;
  /** Created customers kept because someone worked on them since. */
  kept: number;
  /** Updated customers given back at least one value. */
  restored: number;
  /** Updated customers left as they are: every value it set was edited since. */
  unchanged: number;
};

export type ImportHistoryRow = {
  id: string;
  fileName: string;
  state: CustomerImportState;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  totalRows: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  problemRows: number;
  undoneBy: string | null;
  undoneAt: Date | null;
  undo: ImportUndoCounts;
  /** DONE and never undone: the Undo button shows. */
  canUndo: boolean;
};

const NEWEST = { sort: "newest", keys: [keyCol("createdAt", "desc", "ts"), keyCol("id", "desc", "uuid")] };

const rowSelect = {
  id: true,
  fileName: true,
  state: true,
  createdAt: true,
  finishedAt: true,
  totalRows: true,
  createdCount: true,
  updatedCount: true,
  skippedCount: true,
  problemRows: true,
  undoneAt: true,
  undoneById: true,
  undoRemoved: true,
  undoKept: true,
  undoRestored: true,
  undoUnchanged: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.CustomerImportSelect;

type Selected = Prisma.CustomerImportGetPayload<{ select: typeof rowSelect }>;

function toRow(row: Selected, names: Map<string, string>): ImportHistoryRow {
  const { createdBy, undoneById, undoRemoved, undoKept, undoRestored, undoUnchanged, ...rest } = row;
  return {
    ...rest,
    createdBy: createdBy.name,
    undoneBy: undoneById ? (names.get(undoneById) ?? null) : null,
    undo: { removed: undoRemoved, kept: undoKept, restored: undoRestored, unchanged: undoUnchanged },
    canUndo: row.state === "DONE",
  };
}

/** undoneById has no relation in the schema: the names come in one read. */
async function undoerNames(db: PrismaClient, rows: Selected[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.undoneById ? [r.undoneById] : [])))];
  if (!ids.length) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** A page of the history, newest first; anyone but a manager gets an empty page. */
export async function listImports(
  session: AppSession,
  { cursor }: { cursor?: string },
  db?: PrismaClient,
): Promise<ListPage<ImportHistoryRow>> {
  if (!mayManageImports(session)) return { rows: [], nextCursor: null };
  const prisma = db ?? (await getDb());
  const [at, id] = decodeKeyset(NEWEST.sort, NEWEST.keys, cursor) ?? [];
  const after = at && id ? { createdAt: new Date(at), id: String(id) } : null;
  const rows = await prisma.customerImport.findMany({
    where: {
      AND: [
        customerImportWhere(session),
        after
          ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
          : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: IMPORT_HISTORY_PAGE_SIZE + 1,
    select: rowSelect,
  });
  const names = await undoerNames(prisma, rows);
  return toListPage(rows, IMPORT_HISTORY_PAGE_SIZE, NEWEST, (row) => toRow(row, names));
}

/** One import as the history shows it; null when missing, not an id, or not the reader's to see. */
export async function getImport(session: AppSession, id: string, db?: PrismaClient): Promise<ImportHistoryRow | null> {
  if (!mayManageImports(session) || !z.guid().safeParse(id).success) return null;
  const prisma = db ?? (await getDb());
  const row = await prisma.customerImport.findFirst({
    where: { AND: [{ id }, customerImportWhere(session)] },
    select: rowSelect,
  });
  return row ? toRow(row, await undoerNames(prisma, [row])) : null;
}
