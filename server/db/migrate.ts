import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DatabaseSetupError } from "./config";
import type { SqlClient, SqlRunner } from "./sql";

// Applies prisma/migrations/*/migration.sql in order, each in its own
// transaction, and records them in _prisma_migrations exactly as
// `prisma migrate deploy` does, so either tool can take over a database.

export const MIGRATIONS_DIR = path.resolve("prisma", "migrations");

// The same advisory lock key Prisma's schema engine uses, so two deployers
// (ours or Prisma's) never migrate one PostgreSQL database at the same time.
// Taken per transaction: a session lock would belong to whichever pooled
// connection ran it, and PGlite has only one connection anyway.
const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };

/** The migrations in name order. None at all means a broken install, not an up-to-date database. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  const files = fs.existsSync(dir) ? listMigrations(dir) : [];
  if (files.length === 0) throw new DatabaseSetupError(`No migrations found in ${dir}: is the install complete?`);
  return files;
}

function listMigrations(dir: string): MigrationFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

export type MigrationState = { applied: string[]; pending: string[] };

export async function migrationState(db: SqlClient, dir = MIGRATIONS_DIR): Promise<MigrationState> {
  const files = readMigrations(dir);
  const exists = await db.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
  const applied = exists[0]?.t ? await appliedNames(db) : new Set<string>();
  return {
    applied: files.filter((f) => applied.has(f.name)).map((f) => f.name),
    pending: files.filter((f) => !applied.has(f.name)).map((f) => f.name),
  };
}

async function appliedNames(db: Pick<SqlClient, "query">): Promise<Set<string>> {
  return new Set((await appliedChecksums(db)).keys());
}

async function appliedChecksums(db: Pick<SqlClient, "query">): Promise<Map<string, string>> {
  const rows = await db.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Map(rows.map((r) => [r.migration_name, r.checksum]));
}

/**
 * Migrations are append-only: a database that ran one version of a file and an app that ships
 * another would disagree about the schema without anyone noticing, so an edited file stops the
 * start (Prisma's `migrate deploy` only warns).
 */
function refuseEdited(files: MigrationFile[], recorded: Map<string, string>): void {
  const edited = files.find((f) => recorded.has(f.name) && recorded.get(f.name) !== f.checksum);
  if (!edited) return;
  throw new DatabaseSetupError(
    `Migration ${edited.name} was changed after it was applied to this database (checksum ${recorded.get(edited.name)?.slice(0, 12)}…, ` +
      `the file now ${edited.checksum.slice(0, 12)}…). Restore the file and put the change in a new migration.`,
  );
}

async function lockMigrations(db: SqlClient, tx: SqlRunner): Promise<void> {
  if (db.kind === "postgres") await tx.query(`SELECT pg_advisory_xact_lock(${PRISMA_ADVISORY_LOCK})`);
}

/**
 * Applies what is pending. Returns the names applied now. Each migration is
 * checked and applied under the lock in its own transaction, so a deployer
 * that started at the same moment (another instance, or db:migrate) neither
 * fails nor applies a migration twice.
 */
export async function applyMigrations(
  db: SqlClient,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  const files = readMigrations(options.dir);
  // Under the lock too: two concurrent CREATE TABLE IF NOT EXISTS collide in pg_type.
  await db.transaction(async (tx) => {
    await lockMigrations(db, tx);
    await tx.exec(CREATE_MIGRATIONS_TABLE);
  });
  // A recorded migration stays recorded, so only the rest need the lock.
  const checksums = await appliedChecksums(db);
  refuseEdited(files, checksums);
  const recorded = new Set(checksums.keys());
  const done: string[] = [];
  for (const file of files.filter((f) => !recorded.has(f.name))) {
    try {
      const applied = await db.transaction(async (tx) => {
        await lockMigrations(db, tx);
        if ((await appliedNames(tx)).has(file.name)) return false;
        log(`Applying migration ${file.name}`);
        // The database's clock for both times: now() is the transaction's start
        // (before started_at), and the app's clock may differ from the server's.
        const [{ startedAt }] = await tx.query<{ startedAt: Date }>(`SELECT clock_timestamp() AS "startedAt"`);
        await tx.exec(file.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations"
             (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, $4, 1)`,
          [crypto.randomUUID(), file.checksum, file.name, startedAt],
        );
        return true;
      });
      if (applied) done.push(file.name);
    } catch (error) {
      throw new DatabaseSetupError(
        `Migration ${file.name} failed and was rolled back: ${(error as Error).message.split("\n")[0]}`,
      );
    }
  }
  return done;
}
