// npm run db:migrate — applies pending migrations to the configured database
// (PGlite in ./data/pglite, or DATABASE_URL) and exits.
import { runDbScript } from "./lib/run-db-script";
import { applyMigrations } from "@/server/db/migrate";

await runDbScript("migrate", async (sql) => {
  const applied = await applyMigrations(sql, { log: (line) => console.log(line) });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
});
