import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { SqlRunner } from "@/server/db/sql";
import { defineJob } from "@/server/jobs/define";
import { queryRows } from "@/server/jobs/enqueue";

// The embedded database has no autovacuum worker: without this job a long-running PGlite install
// keeps the planner statistics of the day it was seeded, and the lists' plans drift as tables grow.
// Once a night (the slot starts at 00:00 UTC) every table is vacuumed and analysed, one table at a
// time with a pause between, because PGlite serves one statement at a time and a request should
// wait for one table, not for all of them. PostgreSQL's own autovacuum does this there, so the job
// does nothing on PostgreSQL.

const PAUSE_MS = 50;

export type UpkeepResult = { engine: "pglite" | "postgres"; tables: string[] };

/** The app's Prisma client (the job), or the raw SQL runner (the benchmark's dataset, scripts/bench). */
type UpkeepDb = PrismaClient | SqlRunner;

export async function runEmbeddedUpkeep(db: UpkeepDb, pauseMs = PAUSE_MS): Promise<UpkeepResult> {
  const [{ version }] = await queryRows<{ version: string }>(db, `SELECT version() AS version`, []);
  if (!version.includes("PGlite")) return { engine: "postgres", tables: [] };
  const rows = await queryRows<{ name: string }>(
    db,
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    [],
  );
  const tables: string[] = [];
  for (const { name } of rows) {
    // VACUUM cannot run inside a transaction block: each goes on its own.
    const statement = `VACUUM (ANALYZE) "public"."${name.replaceAll('"', '""')}"`;
    if ("query" in db) await db.exec(statement);
    else await db.$executeRawUnsafe(statement);
    tables.push(name);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return { engine: "pglite", tables };
}

export const dbUpkeepJob = defineJob({
  kind: "db.upkeep",
  payload: z.object({}),
  everyMs: 24 * 60 * 60_000,
  maxAttempts: 2,
  async run(_payload, { prisma }) {
    await runEmbeddedUpkeep(prisma);
  },
});
