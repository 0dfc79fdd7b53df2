// Run by `npm start` before the server starts: migrates the database and, in a
// demo install, seeds the demo data when it is empty. A production install
// (REISE_MODE=production or REISE_SEED_CUSTOMERS=0) gets no data and no users.
// Holds the data-folder lock while it works. With REISE_INSTALL_STATUS_FILE set,
// writes what kind of install this is there, for the start banner.
import "./lib/pin-clock";
import fs from "node:fs";
import { runDbScript } from "./lib/run-db-script";
import { applyMigrations } from "@/server/db/migrate";
import { resetDatabase } from "./lib/reset-database";
import { installStatus, isProductionInstall, markProductionInstall } from "./lib/install-status";
import { InstallModeError, installSettings, type InstallSettings } from "@/lib/install-mode";
import { isDatabaseEmpty, seedDatabase } from "@/prisma/seed";

let settings: InstallSettings;
try {
  settings = installSettings(process.env);
} catch (error) {
  if (!(error instanceof InstallModeError)) throw error;
  console.error(`reise: ${error.message}`);
  process.exit(1);
}

await runDbScript("migrate and seed", async (sql) => {
  if (process.env.REISE_RESET_DB === "1") {
    await resetDatabase(sql);
    // The mails written to files (no SMTP server) were the wiped database's: a test run that reads
    // them must not find the run's before (CI runs the e2e suite on two databases, one outbox).
    const outbox = process.env.REISE_OUTBOX_DIR;
    if (outbox) fs.rmSync(outbox, { recursive: true, force: true });
    console.log("Database wiped (REISE_RESET_DB=1).");
  }
  const applied = await applyMigrations(sql, { log: (line) => console.log(line) });
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  const empty = await isDatabaseEmpty(sql);
  if (settings.mode === "production") {
    if (empty) await markProductionInstall(sql);
  } else if (empty && (await isProductionInstall(sql))) {
    console.log("This database was prepared as a production install: no demo data seeded into it.");
  } else if (empty) {
    console.log(`Seeding demo data (${settings.customers} customers)…`);
    const started = Date.now();
    const summary = await seedDatabase(sql, { customers: settings.customers });
    console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`);
  }
  const file = process.env.REISE_INSTALL_STATUS_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify({ mode: settings.mode, ...(await installStatus(sql)) }));
});
