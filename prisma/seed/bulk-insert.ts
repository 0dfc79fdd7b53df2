import type { SqlRunner } from "@/server/db/sql";
import { TABLES, type TableName } from "./rows";

// One INSERT … SELECT FROM unnest(...) per chunk: every column travels as a
// single text[] parameter and is cast in SQL, so a statement has a dozen
// parameters however many rows it carries (Postgres caps a statement at 65,535),
// and the same code runs on PGlite and on node-postgres.

const ROWS_PER_STATEMENT = 10_000;

const statements = new Map<TableName, string>();

function statementFor(table: TableName): string {
  let text = statements.get(table);
  if (!text) {
    const columns = Object.entries(TABLES[table]);
    const names = columns.map(([name]) => `"${name}"`).join(", ");
    const casts = columns.map(([, type], i) => `c${i}::${type}`).join(", ");
    const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
    const aliases = columns.map((_, i) => `c${i}`).join(", ");
    text = `INSERT INTO "${table}" (${names}) SELECT ${casts} FROM unnest(${arrays}) AS t(${aliases})`;
    statements.set(table, text);
  }
  return text;
}

function toText(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type === "timestamptz") return new Date(value as number).toISOString();
  return String(value);
}

/** Inserts plain row objects whose keys are the table's columns. Returns the number inserted. */
export async function insertRows(db: SqlRunner, table: TableName, rows: readonly object[]): Promise<number> {
  const columns = Object.entries(TABLES[table]);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT) as Record<string, unknown>[];
    const params = columns.map(([name, type]) => chunk.map((row) => toText(row[name], type)));
    await db.query(statementFor(table), params);
  }
  return rows.length;
}
