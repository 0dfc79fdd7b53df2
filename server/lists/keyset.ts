import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { isIsoInstant } from "@/lib/validation/iso-instant";

// Keyset pagination for every list (leads, customers, the audit log). A sort is a list of columns
// ending in a unique id, matched by an index in the same order, so a page is one index range scan
// whatever its depth: no OFFSET. The list passes its table alias and its sort's columns.
//
// PostgreSQL sorts NULLs last in ascending order; a nullable column must be ascending in
// keysetAfter/keysetOrderBy. A descending nullable first column is read in two parts (keysetParts).
// A sort read backwards (reverseKeys) is the other exception: its nullable columns are descending
// with NULLs first, which is exactly the index read from its far end.

export type KeyKind = "ts" | "int" | "uuid" | "text";
export type KeyColumn = {
  name: string;
  dir: "asc" | "desc";
  kind: KeyKind;
  nullable: boolean;
  /** Only in a reversed sort: NULLs come before every value. */
  nullsFirst?: boolean;
};
export type CursorValue = string | number | null;

export const keyCol = (name: string, dir: "asc" | "desc", kind: KeyKind, nullable = false): KeyColumn => ({
  name,
  dir,
  kind,
  nullable,
});

const ref = (alias: string, c: KeyColumn) => Prisma.raw(`${alias}."${c.name}"`);

function param(c: KeyColumn, v: string | number): Prisma.Sql {
  if (c.kind === "ts") return Prisma.sql`${v}::timestamptz`;
  if (c.kind === "int") return Prisma.sql`${v}::int`;
  if (c.kind === "uuid") return Prisma.sql`${v}::uuid`;
  return Prisma.sql`${v}::text`;
}

export function keysetOrderBy(alias: string, cols: KeyColumn[]): Prisma.Sql {
  return Prisma.raw(
    cols.map((c) => `${alias}."${c.name}" ${c.dir.toUpperCase()}${c.nullsFirst ? " NULLS FIRST" : ""}`).join(", "),
  );
}

/**
 * The exact reverse of a sort: every column the other way, and NULLs (last going forward) first.
 * PostgreSQL reads the forward sort's index backwards for it, so one index serves both directions.
 */
export function reverseKeys(cols: KeyColumn[]): KeyColumn[] {
  return cols.map((c) => ({
    ...c,
    dir: c.dir === "asc" ? "desc" : "asc",
    ...(c.nullable ? { nullsFirst: !c.nullsFirst } : {}),
  }));
}

const equal = (alias: string, c: KeyColumn, v: CursorValue) =>
  v === null ? Prisma.sql`${ref(alias, c)} IS NULL` : Prisma.sql`${ref(alias, c)} = ${param(c, v)}`;

/** Rows strictly after `v` in column c's own order (ties are the next column's business). */
function after(alias: string, c: KeyColumn, v: CursorValue): Prisma.Sql {
  const op = Prisma.raw(c.dir === "asc" ? ">" : "<");
  // NULLs first: every value comes after a NULL, and nothing without a value after a value.
  if (c.nullsFirst)
    return v === null ? Prisma.sql`${ref(alias, c)} IS NOT NULL` : Prisma.sql`${ref(alias, c)} ${op} ${param(c, v)}`;
  if (v === null) return Prisma.sql`FALSE`; // NULL is last: nothing comes after it in this column
  const tail = c.nullable ? Prisma.sql` OR ${ref(alias, c)} IS NULL` : Prisma.empty;
  return Prisma.sql`(${ref(alias, c)} ${op} ${param(c, v)}${tail})`;
}

/**
 * "After the cursor row" in the sort's order, as (a > x) OR (a = x AND b > y) OR …, with a plain
 * bound on the first column in front so the index scan starts at the cursor instead of the top.
 */
export function keysetAfter(alias: string, cols: KeyColumn[], values: CursorValue[]): Prisma.Sql {
  const branches = cols.map((c, i) => {
    const ties = cols.slice(0, i).map((p, j) => equal(alias, p, values[j]));
    return Prisma.join([...ties, after(alias, c, values[i])], " AND ");
  });
  const [head, v] = [cols[0], values[0]];
  const bound = head.nullsFirst
    ? v === null
      ? Prisma.sql`TRUE` // after a NULL come the other NULLs (by the next column) and every value
      : Prisma.sql`${ref(alias, head)} ${Prisma.raw(head.dir === "asc" ? ">=" : "<=")} ${param(head, v)}`
    : v === null
      ? Prisma.sql`${ref(alias, head)} IS NULL`
      : head.nullable
        ? Prisma.sql`TRUE` // a range "≥ v OR NULL" cannot be an index bound
        : Prisma.sql`${ref(alias, head)} ${Prisma.raw(head.dir === "asc" ? ">=" : "<=")} ${param(head, v)}`;
  return Prisma.sql`(${bound} AND (${Prisma.join(branches, " OR ")}))`;
}

export type KeysetPart = { where: Prisma.Sql; orderBy: Prisma.Sql };

/**
 * The index-ordered parts a page is read from, in order, each with the cursor's keyset condition;
 * a page is the first `limit` rows of the parts concatenated. Usually one part. A sort whose first
 * column is descending and nullable ("newest first, never last") is two: a descending index puts
 * NULLs first and Prisma cannot declare DESC NULLS LAST, so the rows with a value are read in
 * (column DESC, …) order, then the rows without, by the remaining columns.
 *
 * `valuedBound` narrows the part with values by a plain range the index can start at: a filter's
 * "IS NULL OR < bound" cannot, and the scan would read through every row above the bound first.
 */
export function keysetParts(
  alias: string,
  cols: KeyColumn[],
  cursor: CursorValue[] | null,
  valuedBound?: Prisma.Sql,
): KeysetPart[] {
  const [head, ...rest] = cols;
  if (!(head.nullable && head.dir === "desc" && !head.nullsFirst)) {
    return [
      { where: cursor ? keysetAfter(alias, cols, cursor) : Prisma.sql`TRUE`, orderBy: keysetOrderBy(alias, cols) },
    ];
  }
  const valued = [{ ...head, nullable: false }, ...rest];
  const at = cursor ? cursor[0] : undefined;
  return [
    {
      where:
        at === null
          ? Prisma.sql`FALSE`
          : Prisma.sql`${ref(alias, head)} IS NOT NULL AND ${cursor ? keysetAfter(alias, valued, cursor) : Prisma.sql`TRUE`}${
              valuedBound ? Prisma.sql` AND ${valuedBound}` : Prisma.empty
            }`,
      orderBy: keysetOrderBy(alias, valued),
    },
    {
      where: Prisma.sql`${ref(alias, head)} IS NULL AND ${at === null ? keysetAfter(alias, rest, cursor!.slice(1)) : Prisma.sql`TRUE`}`,
      orderBy: keysetOrderBy(alias, rest),
    },
  ];
}

/** The order of a whole page read from keysetParts, for sorting the parts' rows once more. */
export function keysetPageOrderBy(alias: string, cols: KeyColumn[]): Prisma.Sql {
  const [head, ...rest] = cols;
  if (!(head.nullable && head.dir === "desc" && !head.nullsFirst)) return keysetOrderBy(alias, cols);
  return Prisma.raw(
    [`${alias}."${head.name}" DESC NULLS LAST`, ...rest.map((c) => `${alias}."${c.name}" ${c.dir.toUpperCase()}`)].join(
      ", ",
    ),
  );
}

// The cursor is the last row's sort key, tagged with its sort: base64url(JSON). It comes back from
// the URL, where anyone can edit it, so decoding accepts only values the column can hold and that
// PostgreSQL reads without an error: a bad one means the first page, never an error page.
const cursorSchema = z.object({ s: z.string(), k: z.array(z.union([z.string().max(200), z.number(), z.null()])) });

const INT4_MIN = -(2 ** 31);
const INT4_MAX = 2 ** 31 - 1;
/** PostgreSQL text holds no NUL; half a surrogate pair is no character at all. */
// eslint-disable-next-line no-control-regex
const BAD_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function fits(c: KeyColumn, v: CursorValue): boolean {
  if (v === null) return c.nullable;
  if (c.kind === "int") return Number.isInteger(v) && (v as number) >= INT4_MIN && (v as number) <= INT4_MAX;
  if (typeof v !== "string") return false;
  if (c.kind === "ts") return isIsoInstant(v);
  if (c.kind === "text") return !BAD_TEXT.test(v);
  return z.uuid().safeParse(v).success;
}

export function encodeKeyset(tag: string, cols: KeyColumn[], row: Record<string, unknown>): string {
  const k = cols.map((c) => {
    const v = row[c.name];
    if (v === null || v === undefined) return null;
    // Whatever form the driver returned a timestamp in, the cursor holds the one decodeKeyset reads.
    return c.kind === "ts" ? new Date(v as Date | string).toISOString() : (v as string | number);
  });
  return Buffer.from(JSON.stringify({ s: tag, k })).toString("base64url");
}

/** The cursor's key values when it is well-formed and made for this sort; otherwise null (first page). */
export function decodeKeyset(tag: string, cols: KeyColumn[], cursor: string | undefined): CursorValue[] | null {
  if (!cursor) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.s !== tag) return null;
    const k = parsed.data.k;
    return k.length === cols.length && cols.every((c, i) => fits(c, k[i])) ? k : null;
  } catch {
    return null;
  }
}
