import "server-only";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
import { resolveDbConfig, type DbConfig } from "@/server/db/config";
import { openSqlClient, type SqlClient } from "@/server/db/sql";
import { dropDatabase, postgresUrl, quoteIdent, withServer, type Templates } from "@/test/worlds/templates";

// Test support for the database layer: the databases to run against, and a
// way to run a command-line script as its own process.
//
// Databases: always an in-memory PGlite (the default deployment); also the
// PostgreSQL server of DATABASE_URL when set, as in CI's second run. Each open()
// is a database of its own, copied from the run's migrated template
// (test/worlds/templates.ts), so test files neither migrate nor see each other's
// rows. On PostgreSQL it is a new database, dropped when closed: DATABASE_URL's
// role needs CREATEDB (scripts/ci/postgres.sh grants it).

export type TestDatabase = {
  name: string;
  kind: "pglite" | "postgres";
  /** A connection to a migrated database with no rows, of this caller's own. */
  open(): Promise<TestSqlClient>;
  /** A connection to a database of this caller's own with no tables at all, for the migration tests. */
  openEmpty(): Promise<TestSqlClient>;
  /** A Prisma driver adapter on the same database, for Prisma's schema engine. */
  prismaAdapter(db: SqlClient): PrismaPGlite | PrismaPg;
};

/** On PostgreSQL, `config` reaches the same database from another pool (PGlite in memory has no second way in). */
export type TestSqlClient = SqlClient & { config: DbConfig };

function templates(): Templates {
  const provided = inject("testTemplates");
  if (!provided)
    throw new Error(
      "No test database template: database tests run in the db project (vitest.config.ts), whose global setup builds it.",
    );
  return provided;
}

let pgliteDump: Blob | undefined;
const memory: DbConfig = { kind: "pglite", dataDir: "memory://" };

const pglite: TestDatabase = {
  name: "PGlite (in memory)",
  kind: "pglite",
  async open() {
    pgliteDump ??= new Blob([fs.readFileSync(templates().pgliteDump)]);
    return Object.assign(await openSqlClient(memory, "test", { loadDataDir: pgliteDump }), { config: memory });
  },
  openEmpty: async () => Object.assign(await openSqlClient(memory, "test"), { config: memory }),
  prismaAdapter: (db) => new PrismaPGlite(db.pglite!),
};

function postgres(env: Readonly<Record<string, string | undefined>>): TestDatabase {
  const config = resolveDbConfig(env);
  if (config.kind !== "postgres") throw new Error("DATABASE_URL is not a PostgreSQL URL");
  let created = 0;
  /** A new database, from the template or empty; closing the connection drops it. */
  async function create(fromTemplate: boolean): Promise<TestSqlClient> {
    const { prefix, template: migrated } = templates().postgres!;
    const name = `${prefix}${process.pid}_${++created}`;
    await withServer((server) =>
      server.query(`CREATE DATABASE ${quoteIdent(name)}${fromTemplate ? ` TEMPLATE ${quoteIdent(migrated)}` : ""}`),
    );
    const own: DbConfig = { kind: "postgres", url: postgresUrl(name), safeUrl: name };
    const db = await openSqlClient(own, "test");
    urls.set(db, own.url);
    const closePool = db.close;
    return Object.assign(db, {
      config: own,
      async close() {
        await closePool();
        await withServer((server) => dropDatabase(server, name));
      },
    });
  }
  return {
    name: `PostgreSQL (${config.safeUrl})`,
    kind: "postgres",
    open: () => create(true),
    openEmpty: () => create(false),
    prismaAdapter(db) {
      const url = urls.get(db);
      if (!url)
        throw new Error(
          "prismaAdapter() takes a connection from this database's open() or openEmpty(), or a script database's open()",
        );
      const pool = new pg.Pool({ connectionString: url, max: 2, Client: CatalogCharAsText as typeof pg.Client });
      pool.on("error", () => {}); // a connection still idle when close() drops the database
      return new PrismaPg(pool, { disposeExternalPool: true });
    },
  };
}

/** Each test database's own URL, for the Prisma adapter on it. */
const urls = new WeakMap<SqlClient, string>();

// Prisma's schema engine reads pg_catalog columns of type "char" (oid 18),
// which @prisma/adapter-pg 7.10 rejects as unsupported; its PGlite adapter
// reads them as text. Present them as text (oid 25) so the engine can inspect
// a real PostgreSQL through this adapter too.
class CatalogCharAsText extends pg.Client {
  // @ts-expect-error -- one wrapper for all of pg's query() overloads
  override query(...args: unknown[]) {
    const patch = (result: pg.QueryResult | undefined) => {
      for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return result;
    };
    const callbackAt = args.findIndex((arg) => typeof arg === "function");
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: Error | null, result?: pg.QueryResult) => void;
      args[callbackAt] = (error: Error | null, result?: pg.QueryResult) => callback(error, patch(result));
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return returned instanceof Promise ? returned.then(patch) : returned;
  }
}

/** Empties a test database of the caller's own, for a test that migrates it again. */
export async function resetPublicSchema(db: SqlClient): Promise<void> {
  await db.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
}

export const testDatabases: TestDatabase[] = [
  pglite,
  ...(process.env.DATABASE_URL?.trim() ? [postgres(process.env)] : []),
];

export type ScriptResult = { code: number | null; stdout: string; stderr: string };

/**
 * Runs a script the way `npm run` does (tsx, react-server conditions), with
 * exactly the given environment on top of PATH. tsx is started directly, not
 * through npx, so npm's own notices cannot mix into stderr.
 */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): Promise<ScriptResult> {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const child = spawn(process.execPath, [tsx, "--conditions=react-server", script, ...args], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export type ScriptDatabase = {
  /** What a script needs to find this database: REISE_DATA_DIR or DATABASE_URL. */
  env: Record<string, string>;
  /** Opens it from the test, to look. Close it before the next script: PGlite's folder is locked. */
  open(): Promise<SqlClient>;
  dispose(): Promise<void>;
};

/**
 * An empty database (no tables) for a command-line script to run against: a folder on disk (PGlite) or a database of
 * its own.
 */
export async function scriptDatabase(database: TestDatabase): Promise<ScriptDatabase> {
  if (database.kind === "postgres") {
    const empty = await database.openEmpty();
    const { config } = empty;
    if (config.kind !== "postgres") throw new Error("unreachable");
    // Kept open, unused, until dispose(): closing it drops the database.
    return {
      env: { DATABASE_URL: config.url },
      async open() {
        const db = await openSqlClient(config, "test");
        urls.set(db, config.url); // so that prismaAdapter() can reach the same database
        return db;
      },
      dispose: () => empty.close(),
    };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "reise-script-"));
  const dataDir = path.join(tmp, "pglite");
  return {
    env: { REISE_DATA_DIR: dataDir },
    open: () => openSqlClient({ kind: "pglite", dataDir }, "test"),
    dispose: async () => fs.rmSync(tmp, { recursive: true, force: true }),
  };
}
