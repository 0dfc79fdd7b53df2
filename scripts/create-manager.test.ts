import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock } from "@/server/db/lock";
import { runScript, scriptDatabase, testDatabases } from "@/test/worlds/databases";

// `npm run create-manager` on a fresh production install: one manager, and a
// link printed once whose token the database holds only as a digest.

const sha256 = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
const ARGS = ["--email", "Ingrid@Firma.no", "--name", "Ingrid Solberg"];

describe.each(testDatabases)("npm run create-manager on $name", (database) => {
  it("migrates, creates exactly one manager and prints a one-time link to set the password", async () => {
    const db = await scriptDatabase(database);
    try {
      const env = { ...db.env, NEXTAUTH_URL: "https://crm.firma.no" };
      const result = await runScript("scripts/create-manager.ts", env, ARGS);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const token = result.stdout.match(
        /https:\/\/crm\.firma\.no\/login\/set-password\?token=([A-Za-z0-9_-]{43})\b/,
      )?.[1];
      expect(token, result.stdout).toBeDefined();
      expect(result.stdout).toMatch(/once, until \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
      const sql = await db.open();
      try {
        expect(await sql.query(`SELECT email, role::text, "passwordHash" FROM "User"`)).toEqual([
          { email: "ingrid@firma.no", role: "MANAGER", passwordHash: null },
        ]);
        expect(await sql.query(`SELECT hash FROM "PasswordLink" WHERE "usedAt" IS NULL`)).toEqual([
          { hash: sha256(token!) },
        ]);
      } finally {
        await sql.close();
      }

      // Another user's address is refused, with a line saying why and no second manager.
      const sql2 = await db.open();
      await sql2.query(
        `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES (gen_random_uuid(), 'sales@firma.no', 'Magnus', 'SALES', now())`,
      );
      await sql2.close();
      const taken = await runScript("scripts/create-manager.ts", env, [
        "--email",
        "sales@firma.no",
        "--name",
        "Magnus",
      ]);
      expect(taken.code).toBe(1);
      expect(taken.stderr).toMatch(/^reise: sales@firma\.no already belongs to a user who is not an active manager/);
      const sql3 = await db.open();
      expect(await sql3.query(`SELECT role::text FROM "User" ORDER BY email`)).toEqual([
        { role: "MANAGER" },
        { role: "SALES" },
      ]);
      await sql3.close();
    } finally {
      await db.dispose();
    }
  }, 120_000);

  it("explains its usage when the e-mail or name is missing or malformed", async () => {
    const db = await scriptDatabase(database);
    try {
      for (const args of [[], ["--email", "not-an-email", "--name", "X"], ["--email", "a@b.no"]]) {
        const result = await runScript("scripts/create-manager.ts", db.env, args);
        expect(result.code, args.join(" ")).toBe(2);
        expect(result.stderr).toMatch(/Usage: npm run create-manager -- --email/);
      }
    } finally {
      await db.dispose();
    }
  }, 60_000);

  it.runIf(database.kind === "pglite")(
    "waits for no one: a running server holding the folder stops it with one line",
    async () => {
      const db = await scriptDatabase(database);
      const release = acquireDataDirLock(db.env.REISE_DATA_DIR, "web server");
      try {
        const result = await runScript("scripts/create-manager.ts", db.env, ARGS);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(
          /^reise: The database folder .* is in use by another process \(pid \d+, web server/,
        );
      } finally {
        release();
        await db.dispose();
      }
    },
    60_000,
  );
});
