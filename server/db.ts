import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { resolveDbConfig, type DbConfig } from "./db/config";
import { applyMigrations } from "./db/migrate";
import { attachQueryLog, queryLogOptions } from "./db/query-log";
import { openSqlClient, type SqlClient } from "./db/sql";

// The one Prisma client. It opens lazily, on the first query of the process,
// because `next build` evaluates modules and must never open the data folder.

type Database = { prisma: PrismaClient; sql: SqlClient; config: DbConfig };

const globalForDb = globalThis as typeof globalThis & {
  __reiseDb?: Promise<Database>;
  __reiseBeforeClose?: (() => Promise<void>)[];
};
const beforeClose = (globalForDb.__reiseBeforeClose ??= []);

/** Runs at shutdown while the database is still open, e.g. to let running jobs finish. */
export function beforeDatabaseCloses(hook: () => Promise<void>): void {
  beforeClose.push(hook);
}

export function getDatabase(): Promise<Database> {
  globalForDb.__reiseDb ??= openDatabase().catch((error) => {
    globalForDb.__reiseDb = undefined;
    throw error;
  });
  return globalForDb.__reiseDb;
}

export async function getDb(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

async function openDatabase(): Promise<Database> {
  const config = resolveDbConfig();
  const sql = await openSqlClient(config, "web server");
  try {
    await applyMigrations(sql, { log: (line) => console.log(`[db] ${line}`) });
  } catch (error) {
    await sql.close();
    throw error;
  }
  const adapter = sql.pglite
    ? new PrismaPGlite(sql.pglite)
    : new PrismaPg({ connectionString: (config as { url: string }).url });
  const prisma = new PrismaClient({ adapter, ...queryLogOptions() });
  attachQueryLog(prisma);
  closeOnExit(sql, prisma);
  return { prisma, sql, config };
}

function closeOnExit(sql: SqlClient, prisma: PrismaClient) {
  const shutdown = async () => {
    await Promise.allSettled(beforeClose.map((hook) => hook()));
    await prisma.$disconnect().catch(() => {});
    await sql.close().catch(() => {});
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void shutdown().finally(() => process.exit(0));
    });
  }
}
