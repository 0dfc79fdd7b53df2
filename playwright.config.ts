import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { BASE_URL, E2E_DIR, E2E_PORT as PORT } from "./e2e/fixtures/env";
import { pinE2eClock } from "./e2e/fixtures/clock";
import {
  E2E_GATEWAYAPI_TOKEN,
  E2E_GATEWAYAPI_WEBHOOK_SECRET,
  E2E_MAILGUN_SIGNING_KEY,
  e2eGatewayApiPort,
} from "./e2e/fixtures/webhook-secrets";

// One clock for the run: this process, its workers (they inherit the environment) and the server
// read the same pinned moment (e2e/fixtures/clock.ts).
const clock = pinE2eClock();

// One production server for the whole run, on a fresh database: embedded PGlite
// in data/e2e, or DATABASE_URL's PostgreSQL (wiped and reseeded) when set.
const systemChromium = "/usr/bin/chromium";
const chrome = { ...devices["Desktop Chrome"], channel: undefined };
const ALONE = "**/customer-import-large.spec.ts";

export default defineConfig({
  testDir: "e2e",
  // Specs only: e2e/fixtures/*.test.ts are unit tests of the helpers, run by Vitest.
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium where it exists (offline machines cannot download
      // Playwright's own); otherwise Playwright's bundled browser.
      executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "chromium", testIgnore: ALONE, use: chrome },
    // The 100,000-row import keeps the embedded database busy for a minute and more. Run beside the
    // others, a small import waited behind it past its test's time (1.2 min where it takes 18 s), so
    // it runs after all of them, on its own.
    { name: "alone", testMatch: ALONE, dependencies: ["chromium"], use: chrome },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${BASE_URL}/api/health`,
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
      REISE_DATA_DIR: `${E2E_DIR}/pglite`,
      REISE_OUTBOX_DIR: `${E2E_DIR}/outbox`,
      REISE_RESET_DB: "1",
      REISE_SEED_CUSTOMERS: "400",
      // Digests every 6 s, so a test sees its mail without waiting out the 30-minute window.
      REISE_DIGEST_MINUTES: "0.1",
      // A test build, with the test-data routes (next.config.js), in .next-test.
      REISE_TEST_BUILD: "1",
      // The reply webhooks are on, so tests post signed replies as Mailgun and GatewayAPI would.
      MAILGUN_WEBHOOK_SIGNING_KEY: E2E_MAILGUN_SIGNING_KEY,
      SMS_GATEWAYAPI_WEBHOOK_SECRET: E2E_GATEWAYAPI_WEBHOOK_SECRET,
      // SMS goes to the local GatewayAPI fake the SMS spec starts (e2e/fixtures/webhook-secrets.ts).
      SMS_GATEWAYAPI_TOKEN: E2E_GATEWAYAPI_TOKEN,
      SMS_GATEWAYAPI_URL: `http://127.0.0.1:${e2eGatewayApiPort(PORT)}/rest/mtsms`,
      // Outbound webhooks may go to the fake receiver the webhooks spec starts on 127.0.0.1.
      REISE_WEBHOOKS_ALLOW_LOOPBACK: "1",
      REISE_NOW: clock.now,
      REISE_NOW_SET_AT: process.env.REISE_NOW_SET_AT!,
    },
  },
});
