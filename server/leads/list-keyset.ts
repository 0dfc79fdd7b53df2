import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { LeadSort } from "@/lib/validation/lead-filters";

// Keyset pagination for the lead list. Each sort is a list of columns ending in id, and each has a
// partial index in the same order over open leads (see the Lead model in prisma/schema.prisma), so
// a page is one index range scan whatever its depth: no OFFSET, no COUNT.
//
// PostgreSQL sorts NULLs last in ascending order, which is what the list wants ("nobody is waiting"
// goes after any waiting customer); descending columns here are never NULL.

type Kind = "ts" | "int" | "uuid";
type KeyColumn = { name: string; dir: "asc" | "desc"; kind: Kind; nullable: boolean };

const col = (name: string, dir: "asc" | "desc", kind: Kind, nullable = false): KeyColumn => ({ name, dir, kind, nullable });
const ID = col("id", "asc", "uuid");

export const SORT_KEYS: Record<LeadSort, KeyColumn[]> = {
  // Who waits on us: SLA breached (most overdue first), then running out, then follow-ups due, then score.
  sla: [col("slaDueAt", "asc", "ts", true), col("nextFollowUpAt", "asc", "ts", true), col("score", "desc", "int"), ID],
  // Longest waiting first; leads nobody waits on after them.
  waiting: [col("waitingSince", "asc", "ts", true), ID],
  score: [col("score", "desc", "int"), ID],
  activity: [col("lastActivityAt", "desc", "ts"), ID],
  created: [col("createdAt", "desc", "ts"), ID],
};

export type CursorValue = string | number | null;

const ref = (c: KeyColumn) => Prisma.raw(`l."${c.name}"`);

function param(c: KeyColumn, v: string | number): Prisma.Sql {
  if (c.kind === "ts") return Prisma.sql`${v}::timestamptz`;
  if (c.kind === "int") return Prisma.sql`${v}::int`;
  return Prisma.sql`${v}::uuid`;
}

export function orderBySql(sort: LeadSort): Prisma.Sql {
  return Prisma.raw(SORT_KEYS[sort].map((c) => `l."${c.name}" ${c.dir.toUpperCase()}`).join(", "));
}

const equal = (c: KeyColumn, v: CursorValue) => (v === null ? Prisma.sql`${ref(c)} IS NULL` : Prisma.sql`${ref(c)} = ${param(c, v)}`);

/** Rows strictly after `v` in column c's own order (ties are the next column's business). */
function after(c: KeyColumn, v: CursorValue): Prisma.Sql {
  if (v === null) return Prisma.sql`FALSE`; // NULL is last: nothing comes after it in this column
  const op = Prisma.raw(c.dir === "asc" ? ">" : "<");
  const tail = c.nullable ? Prisma.sql` OR ${ref(c)} IS NULL` : Prisma.empty;
  return Prisma.sql`(${ref(c)} ${op} ${param(c, v)}${tail})`;
}

/**
 * "After the cursor row" in the sort's order, as (a > x) OR (a = x AND b > y) OR …, with a plain
 * bound on the first column in front so the index scan starts at the cursor instead of the top.
 */
export function afterCursorSql(sort: LeadSort, values: CursorValue[]): Prisma.Sql {
  const cols = SORT_KEYS[sort];
  const branches = cols.map((c, i) => {
    const ties = cols.slice(0, i).map((p, j) => equal(p, values[j]));
    return Prisma.join([...ties, after(c, values[i])], " AND ");
  });
  const [head, v] = [cols[0], values[0]];
  const bound =
    v === null ? Prisma.sql`${ref(head)} IS NULL`
    : head.nullable ? Prisma.sql`TRUE` // a range "≥ v OR NULL" cannot be an index bound: see list-queries
    : Prisma.sql`${ref(head)} ${Prisma.raw(head.dir === "asc" ? ">=" : "<=")} ${param(head, v)}`;
  return Prisma.sql`(${bound} AND (${Prisma.join(branches, " OR ")}))`;
}

// The cursor is the last row's sort key, tagged with its sort: base64url(JSON).
const cursorSchema = z.object({ s: z.string(), k: z.array(z.union([z.string().max(40), z.number().int(), z.null()])) });

export function encodeCursor(sort: LeadSort, row: Record<string, unknown>): string {
  const k = SORT_KEYS[sort].map((c) => {
    const v = row[c.name];
    if (v === null || v === undefined) return null;
    return v instanceof Date ? v.toISOString() : (v as string | number);
  });
  return Buffer.from(JSON.stringify({ s: sort, k })).toString("base64url");
}

/** The cursor's key values when it is well-formed and made for this sort; otherwise null (first page). */
export function decodeCursor(sort: LeadSort, cursor: string | undefined): CursorValue[] | null {
  if (!cursor) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.s !== sort) return null;
    const cols = SORT_KEYS[sort];
    const k = parsed.data.k;
    if (k.length !== cols.length) return null;
    const fits = cols.every((c, i) => {
      const v = k[i];
      if (v === null) return c.nullable;
      if (c.kind === "int") return typeof v === "number";
      if (c.kind === "ts") return typeof v === "string" && !Number.isNaN(Date.parse(v));
      return typeof v === "string" && z.uuid().safeParse(v).success;
    });
    return fits ? k : null;
  } catch {
    return null;
  }
}
