import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { resolveDbConfig } from "@/server/db/config";
import { applyMigrations, readMigrations } from "@/server/db/migrate";
import { openSqlClient } from "@/server/db/sql";

// The database tests start from copies of one migrated database, built once per run by the db
// project's global setup (test/db-setup.ts): booting an empty PGlite and applying every migration
// cost each test file seconds, and on PostgreSQL each file wiped the one shared schema, so the
// files had to run one at a time.
// - PGlite: the migrated data folder, dumped to a tar file that each new in-memory PGlite loads.
// - PostgreSQL: a migrated template database in DATABASE_URL's server; each test database is
//   created from it (CREATE DATABASE … TEMPLATE) and dropped when closed. DATABASE_URL's own
//   database is only used to connect: nothing in it is changed.

export type Templates = {
  /** The migrations the templates were built from: names and checksums. */
  key: string;
  /** A tar of a migrated PGlite data folder. */
  pgliteDump: string;
  /** The template database, and the prefix of every database this run creates from it. */
  postgres: { template: string; prefix: string } | null;
};

declare module "vitest" {
  export interface ProvidedContext {
    testTemplates: Templates;
  }
}

export function migrationsKey(): string {
  const hash = crypto.createHash("sha256");
  for (const file of readMigrations()) hash.update(`${file.name} ${file.checksum}\n`);
  return hash.digest("hex").slice(0, 12);
}

/** DATABASE_URL with another database name. */
export function postgresUrl(database: string): string {
  const config = resolveDbConfig(process.env);
  if (config.kind !== "postgres") throw new Error("DATABASE_URL is not a PostgreSQL URL");
  const url = new URL(config.url);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** A connection to DATABASE_URL's own database, to create and drop the others. */
export async function withServer<T>(fn: (server: pg.Client) => Promise<T>): Promise<T> {
  const server = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await server.connect();
  try {
    return await fn(server);
  } finally {
    await server.end();
  }
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Drops a test database, ending what is still connected to it. Not WITH (FORCE): that also has to
 * end autovacuum, which runs as a superuser the test role may not signal; a plain DROP DATABASE
 * asks autovacuum to stop and waits for the ended sessions to go.
 */
export async function dropDatabase(server: pg.Client, name: string): Promise<void> {
  await server.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()`,
    [name],
  );
  await server.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
}

export async function buildTemplates(): Promise<Templates> {
  const key = migrationsKey();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "reise-test-template-"));
  const pgliteDump = path.join(folder, "pglite.tar");
  const pglite = await openSqlClient({ kind: "pglite", dataDir: "memory://" }, "test template");
  try {
    await applyMigrations(pglite);
    const dump = await pglite.pglite!.dumpDataDir("none");
    fs.writeFileSync(pgliteDump, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
  return { key, pgliteDump, postgres: process.env.DATABASE_URL?.trim() ? await buildPostgresTemplate() : null };
}

async function buildPostgresTemplate(): Promise<NonNullable<Templates["postgres"]>> {
  // Named after DATABASE_URL's database and this run, so that two runs on one server never meet.
  const base = new URL(process.env.DATABASE_URL!).pathname.slice(1).slice(0, 24);
  const run = crypto.randomBytes(4).toString("hex");
  const template = `${base}_tpl_${run}`;
  await withServer((server) => server.query(`CREATE DATABASE ${quoteIdent(template)}`));
  const db = await openSqlClient({ kind: "postgres", url: postgresUrl(template), safeUrl: template }, "test template");
  try {
    await applyMigrations(db);
  } finally {
    await db.close(); // CREATE DATABASE … TEMPLATE refuses a template anyone is connected to
  }
  return { template, prefix: `${base}_${run}_` };
}

/** Removes the templates and whatever test databases were left open (a crashed or killed file). */
export async function dropTemplates(templates: Templates): Promise<void> {
  fs.rmSync(path.dirname(templates.pgliteDump), { recursive: true, force: true });
  const { postgres } = templates;
  if (!postgres) return;
  await withServer(async (server) => {
    const { rows } = await server.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2`,
      [postgres.prefix, postgres.template],
    );
    for (const { datname } of rows) await dropDatabase(server, datname);
  });
}
