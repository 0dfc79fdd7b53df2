import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/server/db/migrate";
import type { SqlRunner } from "@/server/db/sql";
import type { TestDatabase, TestSqlClient } from "@/test/worlds/databases";

// A migrated test database for the job runner's tests, with a hand-moved clock and a SQL client
// that counts what it is asked.

export type JobWorld = { sql: TestSqlClient; prisma: PrismaClient; close(): Promise<void> };

export async function openJobWorld(database: TestDatabase): Promise<JobWorld> {
  const sql = await database.open();
  await applyMigrations(sql);
  const prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  return {
    sql,
    prisma,
    async close() {
      await prisma.$disconnect();
      await sql.close();
    },
  };
}

export function handClock(start: Date) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (at: Date) => void (now = at.getTime()),
    advance: (ms: number) => void (now += ms),
  };
}

export function countingSql(sql: SqlRunner): SqlRunner & { statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    query(text, params) {
      statements.push(text);
      return sql.query(text, params);
    },
    exec(text) {
      statements.push(text);
      return sql.exec(text);
    },
  };
}

/** Runs every registered job that is due (by the real clock, or `now`), as the app's runner would. */
export async function runDueJobs(world: { sql: SqlRunner; db: PrismaClient }, now?: Date): Promise<number> {
  const { registeredJobs } = await import("@/server/jobs/registry");
  const { JobRunner } = await import("@/server/jobs/runner");
  return new JobRunner({
    sql: world.sql,
    prisma: world.db,
    jobs: registeredJobs,
    clock: now && (() => now),
    log: () => {},
  }).runDue();
}
