// Runs after `npm install`: generates the Prisma client into generated/prisma.
// The CLI's schema engine is a download that offline machines cannot make, and
// `generate` does not need it, so point the CLI at a stand-in.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
execFileSync(process.execPath, [cli, "generate"], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1", ...process.env },
});
