// The benchmark's dataset: built once with the fast seeder and reused while its
// fingerprint (customer count + the seeder's source) matches and it is under a
// week old (the seed is relative to the moment it ran: "overdue", "this month").
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resolveDbConfig, type DbConfig } from "@/server/db/config";
import { applyMigrations } from "@/server/db/migrate";
import { runEmbeddedUpkeep } from "@/server/db/upkeep-job";
import { openSqlClient } from "@/server/db/sql";

const MAX_AGE_MS = 7 * 86_400_000;

export interface Dataset {
  config: DbConfig;
  env: Record<string, string>;
  /** Where the fingerprint of what was seeded is kept. */
  fingerprintFile: string;
}

export function benchDataset(root: string): Dataset {
  const dataDir = process.env.REISE_DATA_DIR ?? path.join(root, "data", "bench", "pglite");
  const env: Record<string, string> = process.env.DATABASE_URL
    ? { DATABASE_URL: process.env.DATABASE_URL }
    : { REISE_DATA_DIR: dataDir };
  const config = resolveDbConfig(env);
  const fingerprintFile =
    config.kind === "pglite"
      ? `${config.dataDir}.fingerprint.json`
      : path.join(root, "data", "bench", "postgres.fingerprint.json");
  return { config, env, fingerprintFile };
}

export function seedFingerprint(root: string, customers: number, config: DbConfig): string {
  const hash = crypto
    .createHash("sha256")
    .update(`${customers}\n${config.kind === "pglite" ? config.dataDir : config.safeUrl}\n`);
  const dir = path.join(root, "prisma", "seed");
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()) {
    hash.update(file).update(fs.readFileSync(path.join(dir, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Seeds (wiping first) unless the stored fingerprint matches, is fresh, and the
 * database really holds that many customers (a throwaway PostgreSQL on the same
 * URL would not). Returns true when it seeded.
 */
export async function ensureSeeded(
  root: string,
  dataset: Dataset,
  customers: number,
  force: boolean,
  /** --reuse: measure the database as it is, whatever seeded it (e.g. 1M rows seeded by an older seeder). */
  reuse = false,
): Promise<boolean> {
  if (reuse && !force) {
    const count = await customerCount(dataset.config);
    if (count === 0) throw new Error("--reuse: the database has no customers; seed it first");
    console.log(
      `dataset: --reuse, measuring ${count.toLocaleString("en")} customers as they are (${describe(dataset.config)}); ` +
        "not checked against the current seeder",
    );
    return false;
  }
  const fingerprint = seedFingerprint(root, customers, dataset.config);
  const stored = readStored(dataset.fingerprintFile);
  const fresh = stored?.fingerprint === fingerprint && Date.now() - Date.parse(stored.seededAt) < MAX_AGE_MS;
  if (!force && fresh && (await customerCount(dataset.config)) === customers) {
    console.log(
      `dataset: reusing ${customers.toLocaleString("en")} customers seeded ${stored.seededAt} (${describe(dataset.config)})`,
    );
    return false;
  }
  console.log(
    `dataset: seeding ${customers.toLocaleString("en")} customers into ${describe(dataset.config)} (takes a few minutes)…`,
  );
  fs.rmSync(dataset.fingerprintFile, { force: true });
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      "--conditions=react-server",
      "prisma/seed/cli.ts",
      "--reset",
      "--customers",
      String(customers),
    ],
    { cwd: root, env: { ...process.env, ...dataset.env }, stdio: "inherit" },
  );
  if (result.status !== 0) throw new Error(`seeding failed (exit ${result.status ?? result.signal})`);
  fs.mkdirSync(path.dirname(dataset.fingerprintFile), { recursive: true });
  fs.writeFileSync(
    dataset.fingerprintFile,
    JSON.stringify({ fingerprint, customers, seededAt: new Date().toISOString() }, null, 2),
  );
  return true;
}

async function customerCount(config: DbConfig): Promise<number> {
  const sql = await openSqlClient(config, "benchmark");
  try {
    const [t] = await sql.query<{ t: string | null }>(`SELECT to_regclass('"Customer"')::text AS t`);
    if (!t?.t) return 0;
    const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Customer"`);
    return row.n;
  } finally {
    await sql.close();
  }
}

function readStored(file: string): { fingerprint: string; seededAt: string } | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function describe(config: DbConfig) {
  return config.kind === "pglite"
    ? `PGlite in ${path.relative(process.cwd(), config.dataDir)}`
    : `PostgreSQL ${config.safeUrl}`;
}

/**
 * What a running install has had by its first morning: the nightly upkeep job (server/db/upkeep-job.ts)
 * vacuums and analyses every table on the embedded database (PostgreSQL's autovacuum does it
 * there). A freshly seeded or long-reused dataset has not: every bulk write left dead rows, and
 * no index-only scan is possible until the visibility map is written. Run before timing anything.
 */
export async function upkeepAsEachNight(config: DbConfig): Promise<void> {
  const sql = await openSqlClient(config, "benchmark");
  try {
    // A reused dataset gets this build's migrations first, as an install does when it is upgraded, so
    // the rows a migration rewrote are vacuumed like everything else before anything is timed.
    const applied = await applyMigrations(sql, { log: (line) => console.log(`dataset: ${line}`) });
    if (applied.length) console.log(`dataset: ${applied.length} migration(s) applied before the upkeep`);
    // The server of a reused dataset starts at the same pinned instant every run (dataset-clock.ts),
    // so the sign-in throttle's windows from earlier runs never pass: after a few dozen runs the
    // harness's own sign-ins from 127.0.0.1 were refused with 429. Each run starts with none.
    const forgotten = await sql.query<{ n: number }>(
      `WITH d AS (DELETE FROM "AuthThrottle" RETURNING 1) SELECT count(*)::int AS n FROM d`,
    );
    if (forgotten[0]?.n) console.log(`dataset: ${forgotten[0].n} sign-in throttle row(s) of earlier runs cleared`);
    const started = Date.now();
    const { engine, tables } = await runEmbeddedUpkeep(sql, 0);
    if (engine === "pglite")
      console.log(`dataset: nightly upkeep (VACUUM ANALYZE of ${tables.length} tables) in ${Date.now() - started} ms`);
  } finally {
    await sql.close();
  }
}
