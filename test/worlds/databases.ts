import "server-only";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { resolveDbConfig } from "@/server/db/config";
import { openSqlClient, type SqlClient } from "@/server/db/sql";

// Test support for the database layer: the databases to run against, and a
// way to run a command-line script as its own process.
//
// Databases: always an in-memory PGlite (the default deployment); also the
// PostgreSQL in DATABASE_URL when set, as in CI's second run. That database's
// public schema is wiped: point DATABASE_URL only at a throwaway database.

export type TestDatabase = {
  name: string;
  kind: "pglite" | "postgres";
  /** A connection to an empty database. */
  open(): Promise<SqlClient>;
  /** A Prisma driver adapter on the same database, for Prisma's schema engine. */
  prismaAdapter(db: SqlClient): PrismaPGlite | PrismaPg;
};

const pglite: TestDatabase = {
  name: "PGlite (in memory)",
  kind: "pglite",
  open: () => openSqlClient({ kind: "pglite", dataDir: "memory://" }, "test"),
  prismaAdapter: (db) => new PrismaPGlite(db.pglite!),
};

function postgres(env: Readonly<Record<string, string | undefined>>): TestDatabase {
  const config = resolveDbConfig(env);
  if (config.kind !== "postgres") throw new Error("DATABASE_URL is not a PostgreSQL URL");
  return {
    name: `PostgreSQL (${config.safeUrl})`,
    kind: "postgres",
    async open() {
      const db = await openSqlClient(config, "test");
      await resetPublicSchema(db);
      return db;
    },
    prismaAdapter: () => new PrismaPg(new pg.Pool({ connectionString: config.url, max: 2, Client: CatalogCharAsText as typeof pg.Client })),
  };
}

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
  dispose(): void;
};

/** An empty database on disk (PGlite) or the wiped DATABASE_URL, for a command-line script to run against. */
export async function scriptDatabase(database: TestDatabase): Promise<ScriptDatabase> {
  if (database.kind === "postgres") {
    await (await database.open()).close(); // open() wipes the public schema
    const config = resolveDbConfig(process.env);
    return { env: { DATABASE_URL: process.env.DATABASE_URL! }, open: () => openSqlClient(config, "test"), dispose: () => {} };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "reise-script-"));
  const dataDir = path.join(tmp, "pglite");
  return {
    env: { REISE_DATA_DIR: dataDir },
    open: () => openSqlClient({ kind: "pglite", dataDir }, "test"),
    dispose: () => fs.rmSync(tmp, { recursive: true, force: true }),
  };
}
