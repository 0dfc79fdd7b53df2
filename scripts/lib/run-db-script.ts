// Opens the configured database for a command-line script (taking the data
// folder lock on PGlite), runs it, closes it, and turns setup failures into
// one clear line and a non-zero exit instead of a stack trace.
import { DatabaseSetupError, resolveDbConfig } from "@/server/db/config";
import { openSqlClient, type SqlClient } from "@/server/db/sql";

export async function runDbScript(purpose: string, fn: (sql: SqlClient) => Promise<void>): Promise<void> {
  let sql: SqlClient | undefined;
  try {
    sql = await openSqlClient(resolveDbConfig(), purpose);
    await fn(sql);
  } catch (error) {
    if (error instanceof DatabaseSetupError) {
      console.error(`reise: ${error.message}`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await sql?.close();
  }
}
