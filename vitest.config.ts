import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Two tiers (`vitest run --project unit`, `--project db`; `vitest run` runs both):
// - unit: the pure code of lib/, components/, i18n/ and messages/, and the font cut of
//   scripts/fonts/: no database, no process, seconds;
// - db: the server side (server/, scripts/, prisma/, test/): databases on both engines, scripts run
//   as processes, the schema engine. Its global setup migrates once per run; every test database is
//   a copy of that template (test/worlds/templates.ts).
// The e2e suite's own helpers (e2e/fixtures) are pure too; its specs are Playwright's.
const UNIT = ["lib", "components", "i18n", "messages", "e2e/fixtures", "scripts/fonts"].map(
  (dir) => `${dir}/**/*.test.ts`,
);

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server/ modules guard against client bundles; tests run them on the server side.
      "server-only": path.resolve(import.meta.dirname, "scripts/lib/empty.ts"),
    },
  },
  test: {
    exclude: ["node_modules/**", "e2e/**/*.spec.ts", "data/**", ".next/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: UNIT } },
      {
        extends: true,
        test: {
          name: "db",
          include: ["**/*.test.ts"],
          exclude: [...UNIT, "node_modules/**", "e2e/**", "data/**", ".next/**"],
          globalSetup: ["test/db-setup.ts"],
          // A worker per core, not Vitest's cores − 1: these files spend much of their time waiting
          // on the processes they start (scripts, PostgreSQL), and since each has databases of its
          // own, none waits for another. On a 2-core machine that halves the tier.
          maxWorkers: Math.max(2, os.availableParallelism()),
        },
      },
    ],
  },
});
