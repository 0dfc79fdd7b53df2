// npm run seed [-- --customers 100000] [--reset] [--now 2026-11-24T08:00:00Z]
// Applies migrations to the configured database (PGlite in REISE_DATA_DIR, or
// DATABASE_URL) and fills it with demo data if it is empty. --reset first
// drops everything in the public schema.
import { parseArgs } from "node:util";
import { runDbScript } from "@/scripts/lib/run-db-script";
import { applyMigrations } from "@/server/db/migrate";
import type { SqlClient } from "@/server/db/sql";
import { progressReporter } from "./progress";
import { DEMO_CUSTOMERS } from "./scale";
import { isDatabaseEmpty, seedDatabase } from "./seed-database";
import { DEMO_PASSWORD } from "./staff";

const HELP = `Usage: npm run seed -- [--customers N] [--reset] [--now ISO-DATE]

  --customers N   how many customers (default ${DEMO_CUSTOMERS}; 100000 gives ~1M touchpoints)
  --reset         drop and recreate the public schema first (deletes ALL data)
  --now DATE      make the data relative to this moment instead of the current time
`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      customers: { type: "string" },
      reset: { type: "boolean", default: false },
      now: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const customers = values.customers === undefined ? DEMO_CUSTOMERS : Number(values.customers.replace(/[_,]/g, ""));
  if (!Number.isInteger(customers) || customers <= 0)
    fail(`--customers must be a whole number, got "${values.customers}"`);
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) fail(`--now must be a date such as 2026-11-24T08:00:00Z, got "${values.now}"`);
  return { customers, reset: values.reset, now };
}

function fail(message: string): never {
  console.error(`reise seed: ${message}\n\n${HELP}`);
  process.exit(2);
}

async function resetSchema(sql: SqlClient) {
  console.error("Dropping and recreating the public schema…");
  await sql.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
}

const options = parseOptions();

await runDbScript("seed", async (sql) => {
  if (options.reset) await resetSchema(sql);
  await applyMigrations(sql, { log: (line) => console.error(line) });
  if (!(await isDatabaseEmpty(sql))) {
    console.error("The database already has data; nothing seeded. Use --reset to start over (deletes everything).");
    return;
  }
  const progress = progressReporter();
  const summary = await seedDatabase(sql, {
    customers: options.customers,
    now: options.now,
    onProgress: progress.update,
  });
  progress.finish();
  const { now, elapsedMs, ...counts } = summary;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  console.log(
    `Seeded demo data relative to ${now} in ${(elapsedMs / 1000).toFixed(1)} s ` +
      `(${Math.round(total / (elapsedMs / 1000)).toLocaleString("en")} rows/s):`,
  );
  for (const [table, n] of Object.entries(counts))
    console.log(`  ${table.padEnd(width)}  ${n.toLocaleString("en").padStart(11)}`);
  console.log(`Sign in as manager@reise.test, sales@reise.test or sales2@reise.test (password "${DEMO_PASSWORD}"),`);
  console.log("or as customer@reise.test / customer2@reise.test with an emailed sign-in link.");
});
