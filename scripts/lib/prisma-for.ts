// A Prisma client on a command-line script's open database (runDbScript), so
// scripts call the same server/ services as the app instead of their own SQL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { resolveDbConfig } from "@/server/db/config";
import type { SqlClient } from "@/server/db/sql";

export function prismaFor(sql: SqlClient): PrismaClient {
  if (sql.pglite) return new PrismaClient({ adapter: new PrismaPGlite(sql.pglite) });
  const config = resolveDbConfig();
  if (config.kind !== "postgres") throw new Error("expected a PostgreSQL configuration");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: config.url }) });
}
