// Run by `npm start` before the server starts: migrates the database and seeds
// the demo data when it is empty. Holds the data-folder lock while it works.
import "./lib/pin-clock";
import { runDbScript } from "./lib/run-db-script";
import { applyMigrations } from "@/server/db/migrate";
import { resetDatabase } from "./lib/reset-database";
import { isDatabaseEmpty, seedDatabase } from "@/prisma/seed";

await runDbScript("migrate and seed", async (sql) => {
  if (process.env.REISE_RESET_DB === "1") {
    await resetDatabase(sql);
    console.log("Database wiped (REISE_RESET_DB=1).");
  }
  const applied = await applyMigrations(sql, { log: (line) => console.log(line) });
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  if (!(await isDatabaseEmpty(sql))) return;
  const customers = Number(process.env.REISE_SEED_CUSTOMERS ?? 2000);
  console.log(`Seeding demo data (${customers} customers)…`);
  const started = Date.now();
  const summary = await seedDatabase(sql, { customers });
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
});
