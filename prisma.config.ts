import { defineConfig } from "prisma/config";

// The Prisma CLI is used here only for `prisma generate`. Migrations are
// applied by the app itself (server/db/migrate.ts), because the CLI's schema
// engine is a download that offline machines cannot make.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/reise" },
});
