// `npm start`: builds the app when the sources changed, migrates and seeds the
// database (embedded PGlite in ./data unless DATABASE_URL is set), serves it,
// and prints the URL once it answers: with the demo logins in a demo install,
// with how to make the first manager in a production install that has none.
//
// Environment: PORT (3000), DATABASE_URL, REISE_DATA_DIR, NEXTAUTH_SECRET,
// NEXTAUTH_URL, REISE_HOST (listen address), REISE_VAPID_PUBLIC_KEY / REISE_VAPID_PRIVATE_KEY (Web Push),
// REISE_MODE=production (no demo data, no users; README),
// REISE_RESET_DB=1 (wipe and reseed first; used by the tests).
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { readyBanner } from "./lib/start-banner.mjs";
import { startPlan } from "./lib/start-plan.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const nextBin = require.resolve("next/dist/bin/next");
const tsxCli = require.resolve("tsx/cli");
const started = Date.now();

// What this start may do is decided first: a refused production start leaves no generated secret
// or keys behind.
const plan = startPlan(process.env, { dev, buildExists: fs.existsSync(buildIdFile()), buildStale: buildIsStale() });
for (const warning of plan.warnings) console.warn(`reise: ${warning}`);
if (plan.errors.length) {
  for (const error of plan.errors) console.error(`reise: ${error}`);
  process.exit(1);
}

const env = {
  ...process.env,
  PORT: String(port),
  NEXTAUTH_URL: url,
  NEXTAUTH_SECRET: authSecret(),
  ...vapidKeys(),
};
// REISE_NOW pins the clock (lib/clock-pin.ts): the seed and the server take it from the same
// moment, so their clocks agree.
if (env.REISE_NOW && !env.REISE_NOW_SET_AT) env.REISE_NOW_SET_AT = String(Date.now());
if (plan.build) {
  console.log("Building Reise (the first start takes a minute or two)…");
  run(process.execPath, [nextBin, "build"], "build");
}

console.log("Preparing the database…");
const install = prepareDatabase();
// The login page's demo hint names the demo password: only a demo install shows it.
if (!install.demo) env.REISE_HIDE_DEMO_HINT = "1";

// REISE_HOST: the address to listen on (127.0.0.1 behind a proxy on the same machine); all by default.
const host = process.env.REISE_HOST?.trim() || undefined;
// Idle connections stay open 70 s, longer than a load balancer keeps its own (nginx and the common
// cloud ones: 60 s): with Node's 5 s, a proxy reusing a connection just as Node closed it got a
// reset and answered 502 (Next's docs, "Configuring a timeout for downstream proxies").
const keepAliveMs = process.env.REISE_KEEPALIVE_MS?.trim() || "70000";
const server = spawn(
  process.execPath,
  [
    nextBin,
    ...(dev ? ["dev"] : ["start", "--keepAliveTimeout", keepAliveMs]),
    "-p",
    String(port),
    ...(host ? ["-H", host] : []),
  ],
  {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
await announceWhenReady();

function run(cmd, args, what, extraEnv = {}) {
  const result = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`reise: the ${what} step failed (exit ${result.status ?? result.signal}); see the message above.`);
    process.exit(result.status || 1);
  }
}

/** Migrates (and in a demo install seeds) the database; returns what kind of install it is. */
function prepareDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reise-start-"));
  const file = path.join(dir, "install.json");
  try {
    run(process.execPath, [tsxCli, "--conditions=react-server", "scripts/prepare-db.ts"], "database", {
      REISE_INSTALL_STATUS_FILE: file,
    });
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** NEXTAUTH_SECRET, or one generated once and kept in ./data for this machine. */
function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, "data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * The Web Push key pair (VAPID): the environment's, or one generated once and kept in ./data for
 * this machine. Browsers' subscriptions are bound to the public key, so a new pair ends them all
 * (README: rotating the keys).
 */
function vapidKeys() {
  const { REISE_VAPID_PUBLIC_KEY: publicKey, REISE_VAPID_PRIVATE_KEY: privateKey } = process.env;
  if (publicKey && privateKey) return { REISE_VAPID_PUBLIC_KEY: publicKey, REISE_VAPID_PRIVATE_KEY: privateKey };
  const file = path.join(root, "data", "vapid-keys.json");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const keys = require("web-push").generateVAPIDKeys();
    fs.writeFileSync(file, JSON.stringify(keys, null, 2) + "\n", { mode: 0o600 });
  }
  const keys = JSON.parse(fs.readFileSync(file, "utf8"));
  return { REISE_VAPID_PUBLIC_KEY: keys.publicKey, REISE_VAPID_PRIVATE_KEY: keys.privateKey };
}

function buildIdFile() {
  // A test build (REISE_TEST_BUILD=1, see next.config.js) has its own folder.
  return path.join(root, process.env.REISE_TEST_BUILD === "1" ? ".next-test" : ".next", "BUILD_ID");
}

function buildIsStale() {
  const buildId = buildIdFile();
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const sources = [
    "app",
    "components",
    "server",
    "lib",
    "i18n",
    "messages",
    "generated",
    "proxy.ts",
    "instrumentation.ts",
    "next.config.js",
    "test",
    "package-lock.json",
    "postcss.config.mjs",
  ];
  return sources.some((entry) => newestMtime(path.join(root, entry)) > builtAt);
}

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

async function announceWhenReady() {
  const health = `http://${host && host !== "0.0.0.0" ? host : "127.0.0.1"}:${port}/api/health`;
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(health);
      if (res.ok) {
        const body = await res.json();
        const ready = {
          url,
          port,
          seconds: ((Date.now() - started) / 1000).toFixed(0),
          database: body.database.kind,
          smtp: Boolean(process.env.SMTP_URL?.trim()),
          outbox: process.env.REISE_OUTBOX_DIR ?? "data/outbox/",
        };
        const setup = { embedded: !env.DATABASE_URL, secretSet: Boolean(process.env.NEXTAUTH_SECRET), url };
        console.log(readyBanner(ready, install, setup));
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error(`reise: the server did not answer at ${health} within 5 minutes.`);
}
