import "server-only";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { DatabaseSetupError, type DbConfig } from "./config";
import { acquireDataDirLock } from "./lock";

/** The small SQL surface that migrations, the seeder and benchmarks need, on either database. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec(text: string): Promise<void>;
}

export interface SqlClient extends SqlRunner {
  kind: DbConfig["kind"];
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The open PGlite instance (embedded database only), shared with Prisma. */
  pglite?: PGlite;
}

/** `loadDataDir`: start an in-memory PGlite from a dumped data folder (tests: a migrated template). */
export async function openSqlClient(
  config: DbConfig,
  purpose: string,
  options: { loadDataDir?: Blob } = {},
): Promise<SqlClient> {
  return config.kind === "pglite" ? openPglite(config.dataDir, purpose, options.loadDataDir) : openPostgres(config);
}

async function openPglite(dataDir: string, purpose: string, loadDataDir?: Blob): Promise<SqlClient> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  const release = inMemory ? () => {} : acquireDataDirLock(dataDir, purpose);
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir, loadDataDir });
    // PostgreSQL's default 4 MB spills a dashboard's GROUPING SETS over a year of day
    // rows to a temporary file; in WebAssembly that write costs more than the query
    // (speed to lead, 12 months: 122 → 50 ms). The database lives in this process,
    // so this is the app's own memory, used only while a query sorts or hashes.
    await db.exec("SET work_mem = '32MB'");
  } catch (error) {
    release();
    throw new DatabaseSetupError(`Could not open the embedded database in ${dataDir}: ${(error as Error).message}`);
  }
  const runner = (q: Pick<PGlite, "query" | "exec">): SqlRunner => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await q.query<T>(text, params)).rows;
    },
    async exec(text: string) {
      await q.exec(text);
    },
  });
  return {
    kind: "pglite",
    pglite: db,
    ...runner(db),
    transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
    async close() {
      try {
        if (!db.closed) await db.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(config: Extract<DbConfig, { kind: "postgres" }>): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString: config.url, max: 4, connectionTimeoutMillis: 5000 });
  pool.on("error", () => {}); // idle-client errors surface on the next query instead
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseSetupError(`Cannot reach PostgreSQL at ${config.safeUrl}: ${describePgError(error)}`);
  }
  const runner = (q: pg.Pool | pg.PoolClient): SqlRunner => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await q.query(text, params as unknown[])).rows as T[];
    },
    async exec(text: string) {
      await q.query(text);
    },
  });
  return {
    kind: "postgres",
    ...runner(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(runner(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function describePgError(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { message?: string };
  if (e?.code === "ECONNREFUSED") return "connection refused (is the server running?)";
  if (e?.code === "ENOTFOUND") return "host not found";
  if (e?.code === "28P01") return "wrong user name or password";
  if (e?.code === "3D000") return "the database does not exist";
  return e?.message?.split("\n")[0] ?? String(error);
}
