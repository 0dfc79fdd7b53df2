import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inspectLiveDatabase } from "@/scripts/lib/schema-engine";
import { DatabaseSetupError } from "./config";
import { applyMigrations, MIGRATIONS_DIR } from "./migrate";
import { openSqlClient, type SqlClient } from "./sql";
import { resetPublicSchema, testDatabases, type TestSqlClient } from "@/test/worlds/databases";

type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

const repoMigrations = fs
  .readdirSync(MIGRATIONS_DIR)
  .filter((name) => fs.existsSync(path.join(MIGRATIONS_DIR, name, "migration.sql")))
  .sort();

function recorded(db: SqlClient): Promise<MigrationRow[]> {
  return db.query<MigrationRow>(`SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name`);
}

async function tableExists(db: SqlClient, table: string): Promise<boolean> {
  const rows = await db.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [`"${table}"`]);
  return rows[0].t !== null;
}

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A migrations folder in a temp directory, written in the order given. */
function migrationsDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reise-migrations-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe.each(testDatabases)("migrations on $name", (target) => {
  let db: TestSqlClient;
  beforeAll(async () => {
    db = await target.openEmpty();
  });
  beforeEach(() => resetPublicSchema(db));
  afterAll(async () => db?.close());

  it("applies every migration to a fresh database and records it as Prisma does", async () => {
    expect(await applyMigrations(db)).toEqual(repoMigrations);

    const rows = await recorded(db);
    expect(rows.map((r) => r.migration_name)).toEqual(repoMigrations);
    for (const row of rows) {
      const file = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(crypto.createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    for (const table of ["User", "Customer", "Lead", "Touchpoint", "Order"]) {
      expect(await tableExists(db, table), table).toBe(true);
    }

    expect(await applyMigrations(db)).toEqual([]);
    expect(await recorded(db)).toHaveLength(repoMigrations.length);
  });

  it("leaves a database that Prisma's own schema engine finds up to date", async () => {
    await applyMigrations(db);
    const clean = await inspectLiveDatabase(target.prismaAdapter(db));
    expect(clean.history).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
    expect(clean.drift).toBe("");

    // The engine does notice when they disagree, so the check above means something.
    await db.exec(`UPDATE "_prisma_migrations" SET checksum = repeat('0', 64)`);
    await db.exec(`ALTER TABLE "Lead" DROP COLUMN "updatedAt"`);
    const broken = await inspectLiveDatabase(target.prismaAdapter(db));
    expect(broken.history.editedMigrationNames).toEqual(repoMigrations);
    expect(broken.drift).toMatch(/ALTER TABLE "Lead" ADD COLUMN\s+"updatedAt"/);
    // Two introspections and two diffs by the WASM schema engine over every migration: 7 s alone on
    // PGlite. (A run that ends in a timeout here is more likely an engine panic than slowness: see
    // constraintTypeAsCharacter in scripts/lib/schema-engine.ts.)
  }, 90_000);

  it("applies migrations in name order, whatever order the folder lists them in", async () => {
    // Each step renames the column the step before created, so only name order works.
    const names = Array.from({ length: 10 }, (_, i) => `202601${String(i + 10)}000000_step_${i}`);
    const files = names.map((name, i): [string, string] => [
      name,
      i === 0 ? `CREATE TABLE "t" ("c0" INTEGER);` : `ALTER TABLE "t" RENAME COLUMN "c${i - 1}" TO "c${i}";`,
    ]);
    const dir = migrationsDir(Object.fromEntries(files.reverse()));
    expect(await applyMigrations(db, { dir })).toEqual(names);
    expect((await recorded(db)).map((r) => r.migration_name)).toEqual(names);
  });

  it("refuses a migration edited after it was applied, naming it, and applies nothing", async () => {
    const dir = migrationsDir({ "20260101000000_first": `CREATE TABLE "first" ("id" INTEGER);` });
    await applyMigrations(db, { dir });
    fs.writeFileSync(path.join(dir, "20260101000000_first", "migration.sql"), `CREATE TABLE "first" ("id" BIGINT);`);
    fs.mkdirSync(path.join(dir, "20260102000000_second"));
    fs.writeFileSync(path.join(dir, "20260102000000_second", "migration.sql"), `CREATE TABLE "second" ("id" INTEGER);`);

    const failure = await applyMigrations(db, { dir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseSetupError);
    expect((failure as Error).message).toMatch(/^Migration 20260101000000_first was changed after it was applied/);
    expect(await tableExists(db, "second")).toBe(false);
  });

  it("fails when the migrations folder is missing or empty, instead of applying nothing", async () => {
    const missing = path.join(os.tmpdir(), `reise-no-migrations-${crypto.randomUUID()}`);
    await expect(applyMigrations(db, { dir: missing })).rejects.toThrow(
      /No migrations found in .*reise-no-migrations-/,
    );
    await expect(applyMigrations(db, { dir: migrationsDir({}) })).rejects.toThrow(DatabaseSetupError);
  });

  // PostgreSQL runs a multi-statement script as one transaction, and the runner
  // adds its record to that transaction: a runner that split scripts into
  // statements, or recorded separately, would leave half a migration behind.
  it("rolls back a failing migration completely, names it, and keeps the ones before", async () => {
    const dir = migrationsDir({
      "20260101000000_good": `CREATE TABLE "good" ("id" INTEGER PRIMARY KEY);`,
      "20260102000000_broken": [
        `CREATE TABLE "half_done" ("id" INTEGER);`,
        `INSERT INTO "good" ("id") VALUES (1);`,
        `SELECT * FROM "no_such_table";`,
      ].join("\n"),
    });

    const failure = await applyMigrations(db, { dir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseSetupError);
    expect((failure as Error).message).toMatch(/^Migration 20260102000000_broken failed.*no_such_table/);
    expect((failure as Error).message).not.toContain("\n");

    expect(await tableExists(db, "half_done")).toBe(false);
    expect(await db.query(`SELECT * FROM "good"`)).toEqual([]);
    expect((await recorded(db)).map((r) => r.migration_name)).toEqual(["20260101000000_good"]);

    // Once fixed, the next run applies just that migration.
    fs.writeFileSync(
      path.join(dir, "20260102000000_broken", "migration.sql"),
      `CREATE TABLE "half_done" ("id" INTEGER);`,
    );
    expect(await applyMigrations(db, { dir })).toEqual(["20260102000000_broken"]);
  });

  it.runIf(target.kind === "postgres")(
    "lets several deployers start at once: all succeed, each migration applied once, lock released",
    async () => {
      for (let round = 0; round < 5; round++) {
        await resetPublicSchema(db);
        // Separate pools, as separate app instances or `npm run db:migrate` would have.
        const others = await Promise.all([1, 2, 3].map(() => openSqlClient(db.config, "test")));
        try {
          const results = await Promise.all([db, ...others].map((client) => applyMigrations(client)));
          expect(results.flat().sort()).toEqual(repoMigrations);
          expect(await recorded(db)).toHaveLength(repoMigrations.length);
          // Another session can take Prisma's migration lock: nobody kept it.
          const [{ free }] = await others[0].transaction((tx) =>
            tx.query<{ free: boolean }>(`SELECT pg_try_advisory_xact_lock(72707369) AS free`),
          );
          expect(free).toBe(true);
        } finally {
          await Promise.all(others.map((other) => other.close()));
        }
      }
    },
  );
});
