import type { SqlRunner } from "@/server/db/sql";

/** Drops every table, type and row: for tests and `--reset` only. */
export async function resetDatabase(sql: SqlRunner): Promise<void> {
  await sql.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
}
