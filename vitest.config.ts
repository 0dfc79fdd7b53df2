import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // server/ modules guard against client bundles; tests run them on the server side.
      "server-only": path.resolve(import.meta.dirname, "scripts/lib/empty.ts"),
    },
  },
  test: {
    // Database tests reset the public schema of DATABASE_URL's one database, so
    // on PostgreSQL their files must not run at the same time.
    fileParallelism: !process.env.DATABASE_URL,
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", "data/**", ".next/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
