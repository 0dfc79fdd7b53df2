import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { decodeKeyset, keyCol, keysetAfter, keysetOrderBy, type KeyColumn } from "@/server/lists/keyset";
import { toListPage } from "@/server/lists/list-page";
import type { RestAnswer } from "./operation";

// A list page of the REST API: the caller's access rule as `where`, newest first by (createdAt,
// id) — both never null and never changed, so a page boundary is stable while rows are added — and
// an opaque keyset cursor (server/lists/keyset.ts). A cursor that is not one of ours is a 400,
// not a silent first page: a sync would otherwise start over without knowing.

export const NEWEST_FIRST: KeyColumn[] = [keyCol("createdAt", "desc", "ts"), keyCol("id", "desc", "uuid")];

export type RestListInput<Raw> = {
  /** Tags the cursor, so one list's cursor is refused by another. */
  tag: string;
  alias: string;
  select: Prisma.Sql;
  where: Prisma.Sql;
  limit: number;
  cursor: string | undefined;
  toRow: (raw: Raw) => unknown;
  /** The order, newest first; (createdAt, id) unless a list reads another index. */
  keys?: KeyColumn[];
};

export async function restListPage<Raw extends Record<string, unknown>>(
  db: PrismaClient,
  input: RestListInput<Raw>,
): Promise<RestAnswer> {
  const keys = input.keys ?? NEWEST_FIRST;
  const after = decodeKeyset(input.tag, keys, input.cursor);
  if (input.cursor && !after) {
    return { problem: { status: 400, type: "validation_failed", detail: "The cursor is not one this list gave out." } };
  }
  const raw = await db.$queryRaw<Raw[]>`
    ${input.select}
     WHERE ${input.where}
       AND ${after ? keysetAfter(input.alias, keys, after) : Prisma.sql`TRUE`}
     ORDER BY ${keysetOrderBy(input.alias, keys)}
     LIMIT ${input.limit + 1}`;
  const page = toListPage(raw, input.limit, { sort: input.tag, keys }, input.toRow);
  return { status: 200, body: { data: page.rows, nextCursor: page.nextCursor } };
}
