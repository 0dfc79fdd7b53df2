import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, scriptDatabase, testDatabases } from "@/test/worlds/databases";

// What `npm start` does to an empty database: a production install gets the
// schema and nothing else (no user can sign in until the first manager is
// made); only a demo install gets the demo staff with their published password.

const count = async (open: () => Promise<import("@/server/db/sql").SqlClient>) => {
  const sql = await open();
  try {
    const [row] = await sql.query<{ users: number; customers: number; leads: number; teams: number; demo: number }>(
      `SELECT (SELECT count(*)::int FROM "User") AS users, (SELECT count(*)::int FROM "Customer") AS customers,
              (SELECT count(*)::int FROM "Lead") AS leads, (SELECT count(*)::int FROM "Team") AS teams,
              (SELECT count(*)::int FROM "AuditLog" WHERE action = 'demo.seeded') AS demo`,
    );
    return row;
  } finally {
    await sql.close();
  }
};

function statusFile() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "reise-status-")), "install.json");
}

describe.each(testDatabases)("preparing an empty database on $name", (database) => {
  it.each([
    ["REISE_MODE=production", { REISE_MODE: "production" }],
    ["REISE_SEED_CUSTOMERS=0", { REISE_SEED_CUSTOMERS: "0" }],
  ])(
    "%s migrates it and creates no user and no demo data",
    async (_label, env) => {
      const db = await scriptDatabase(database);
      const status = statusFile();
      try {
        const result = await runScript("scripts/prepare-db.ts", {
          ...db.env,
          ...env,
          REISE_INSTALL_STATUS_FILE: status,
        });
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        expect(await count(db.open)).toEqual({ users: 0, customers: 0, leads: 0, teams: 0, demo: 0 });
        expect(JSON.parse(fs.readFileSync(status, "utf8"))).toEqual({
          mode: "production",
          demo: false,
          managers: 0,
          pendingManagers: 0,
        });
        // Starting again changes nothing: an empty production database is not "empty, so seed it".
        const again = await runScript("scripts/prepare-db.ts", { ...db.env, REISE_INSTALL_STATUS_FILE: status });
        expect(again.code).toBe(0);
        expect(await count(db.open)).toMatchObject({ users: 0, demo: 0 });
      } finally {
        await db.dispose();
      }
    },
    120_000,
  );

  it("with REISE_RESET_DB=1 empties the mail outbox too: its mails were of the wiped database", async () => {
    // CI runs the end-to-end suite on PGlite and then on PostgreSQL with the same outbox folder; the
    // second run found the first run's weekly report beside its own.
    const db = await scriptDatabase(database);
    const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "reise-outbox-"));
    fs.writeFileSync(path.join(outbox, "1-old-manager@reise.test.json"), "{}");
    try {
      const result = await runScript("scripts/prepare-db.ts", {
        ...db.env,
        REISE_RESET_DB: "1",
        REISE_SEED_CUSTOMERS: "0",
        REISE_OUTBOX_DIR: outbox,
      });
      expect(result.code, result.stderr).toBe(0);
      expect(fs.existsSync(outbox) ? fs.readdirSync(outbox) : []).toEqual([]);
    } finally {
      await db.dispose();
    }
  }, 60_000);

  it("refuses a switch it does not know, before touching the database", async () => {
    const db = await scriptDatabase(database);
    try {
      const result = await runScript("scripts/prepare-db.ts", { ...db.env, REISE_MODE: "prod" });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^reise: REISE_MODE must be "demo" or "production", got "prod"/);
    } finally {
      await db.dispose();
    }
  }, 60_000);

  it("seeds the demo and says so only in a demo install", async () => {
    const db = await scriptDatabase(database);
    const status = statusFile();
    try {
      const result = await runScript("scripts/prepare-db.ts", {
        ...db.env,
        REISE_SEED_CUSTOMERS: "20",
        REISE_INSTALL_STATUS_FILE: status,
      });
      expect(result.code).toBe(0);
      expect(await count(db.open)).toMatchObject({ customers: 20, demo: 1 });
      expect(JSON.parse(fs.readFileSync(status, "utf8"))).toEqual({
        mode: "demo",
        demo: true,
        managers: 1,
        pendingManagers: 0,
      });
      // A demo database stays a demo install, whatever the switch says later.
      await runScript("scripts/prepare-db.ts", {
        ...db.env,
        REISE_MODE: "production",
        REISE_INSTALL_STATUS_FILE: status,
      });
      expect(JSON.parse(fs.readFileSync(status, "utf8"))).toEqual({
        mode: "production",
        demo: true,
        managers: 1,
        pendingManagers: 0,
      });
    } finally {
      await db.dispose();
    }
  }, 180_000);
});
