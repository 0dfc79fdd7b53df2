import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatabaseSetupError } from "./config";
import { acquireDataDirLock, lockPathFor } from "./lock";
import { openSqlClient } from "./sql";
import { runScript } from "@/test/worlds/databases";

// Two processes on one PGlite folder silently lose writes; the folder lock is
// the only thing that stops the app, the seeder and db:migrate doing that.

let tmp: string;
let dataDir: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "reise-lock-"));
  dataDir = path.join(tmp, "pglite");
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file under a folder with its size, mtime and content hash. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size, mtimeMs } = fs.statSync(file);
    const hash = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
    files[path.relative(dir, file)] = `${size} ${mtimeMs} ${hash}`;
  }
  return files;
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ["-e", ""]);
  expect(() => process.kill(pid!, 0)).toThrow();
  return pid!;
}

describe("the data folder lock", () => {
  it("stops a second process with one line naming the holder, and it touches no data", async () => {
    const db = await openSqlClient({ kind: "pglite", dataDir }, "test holder");
    try {
      const lockBefore = fs.readFileSync(lockPathFor(dataDir), "utf8");
      const before = snapshot(dataDir);

      // Unmigrated on purpose: had the second process got in, it would have migrated.
      const second = await runScript("scripts/db-migrate.ts", { REISE_DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      expect(second.stdout).toBe("");
      expect(second.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(new RegExp(`^reise: The database folder .* is in use .*pid ${process.pid}, test holder`)),
      ]);

      expect(snapshot(dataDir)).toEqual(before);
      expect(fs.readFileSync(lockPathFor(dataDir), "utf8")).toBe(lockBefore);
      expect(await db.query(`SELECT to_regclass('"_prisma_migrations"') AS t`)).toEqual([{ t: null }]);
    } finally {
      await db.close();
    }
  });

  it("is released on close, so another process can then open the folder", async () => {
    const db = await openSqlClient({ kind: "pglite", dataDir }, "test");
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(true);
    await db.close();
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);

    const next = await runScript("scripts/db-migrate.ts", { REISE_DATA_DIR: dataDir });
    expect(next.stderr).toBe("");
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/^Applying migration /);
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it("takes over a lock left by a process that died", async () => {
    const stale = { pid: deadPid(), host: os.hostname(), purpose: "server", startedAt: "2026-01-01T00:00:00.000Z" };
    fs.writeFileSync(lockPathFor(dataDir), JSON.stringify(stale));

    const db = await openSqlClient({ kind: "pglite", dataDir }, "test takeover");
    try {
      const holder = JSON.parse(fs.readFileSync(lockPathFor(dataDir), "utf8"));
      expect(holder).toMatchObject({ pid: process.pid, purpose: "test takeover" });
      expect(await db.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
    expect(fs.existsSync(lockPathFor(dataDir))).toBe(false);
  });

  it("refuses a second open of the same folder in one process, and the first holder keeps its lock", () => {
    const folder = path.join(tmp, "twice");
    const release = acquireDataDirLock(folder, "web server");
    expect(() => acquireDataDirLock(folder, "seed")).toThrow(
      new DatabaseSetupError(
        `The database folder ${folder} is already open in this process (web server): open it once and share the client.`,
      ),
    );
    expect(JSON.parse(fs.readFileSync(lockPathFor(folder), "utf8"))).toMatchObject({
      pid: process.pid,
      purpose: "web server",
    });
    release();
    expect(fs.existsSync(lockPathFor(folder))).toBe(false);
    acquireDataDirLock(folder, "seed")(); // free again once released
  });

  it("takes over a lock naming this process's pid that this process does not hold (a restarted container)", () => {
    const folder = path.join(tmp, "reused-pid");
    const stale = {
      pid: process.pid,
      host: os.hostname(),
      purpose: "web server",
      startedAt: "2026-01-01T00:00:00.000Z",
    };
    fs.writeFileSync(lockPathFor(folder), JSON.stringify(stale));
    const release = acquireDataDirLock(folder, "migrate");
    expect(JSON.parse(fs.readFileSync(lockPathFor(folder), "utf8"))).toMatchObject({
      pid: process.pid,
      purpose: "migrate",
    });
    release();
  });

  it("cannot check a holder on another machine, so refuses and says which file to delete", () => {
    const folder = path.join(tmp, "shared");
    const remote = { pid: 1, host: "old-container", purpose: "web server", startedAt: "2026-01-01T00:00:00.000Z" };
    fs.writeFileSync(lockPathFor(folder), JSON.stringify(remote));
    expect(() => acquireDataDirLock(folder, "test")).toThrow(
      new DatabaseSetupError(
        `The database folder ${folder} is in use by another process (pid 1 on old-container, web server, ` +
          `since 2026-01-01T00:00:00.000Z). Stop that process first: two processes on one embedded database ` +
          `lose writes. If old-container no longer exists, delete ${folder}.lock.`,
      ),
    );
    expect(JSON.parse(fs.readFileSync(lockPathFor(folder), "utf8"))).toEqual(remote);
  });

  it("lets exactly one of several processes starting together take over a stale lock", async () => {
    // Regression: the slower of two processes that found the same stale lock
    // used to delete the lock the faster one had just taken, and both opened
    // the folder. A race, so this catches a regression often (about every
    // second run here), never fails a correct lock.
    const folder = path.join(tmp, "contended");
    const stale = { pid: deadPid(), host: os.hostname(), purpose: "server", startedAt: "2026-01-01T00:00:00.000Z" };
    fs.writeFileSync(lockPathFor(folder), JSON.stringify(stale));
    const contender = path.join(tmp, "contender.mts");
    fs.writeFileSync(contender, CONTENDER);

    fs.mkdirSync(`${folder}.tried`);

    const contenders = 8;
    const env = {
      LOCK_MODULE: path.resolve("server/db/lock.ts"),
      FOLDER: folder,
      START_AT: String(Date.now() + 2500), // all loaded by then, then all at once
      CONTENDERS: String(contenders),
    };
    const results = await Promise.all(Array.from({ length: contenders }, () => runScript(contender, env)));
    const outcomes = results.map((r) => r.stdout.trim() || r.stderr.trim());
    expect(
      outcomes.filter((line) => line === "took it"),
      outcomes.join("\n"),
    ).toHaveLength(1);
    expect(outcomes.filter((line) => line === "DatabaseSetupError")).toHaveLength(contenders - 1);
  });
});

// Holds the lock it takes until every other contender has tried and failed
// (each leaves a marker), so a late starter cannot take it fairly afterwards.
const CONTENDER = `
import fs from "node:fs";
const { LOCK_MODULE, FOLDER, START_AT, CONTENDERS } = process.env;
const { acquireDataDirLock } = await import(LOCK_MODULE);
while (Date.now() < Number(START_AT)) {}
try {
  const release = acquireDataDirLock(FOLDER, "contender");
  console.log("took it");
  const others = () => fs.readdirSync(FOLDER + ".tried").length;
  for (const until = Date.now() + 10_000; others() < Number(CONTENDERS) - 1 && Date.now() < until; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  release();
} catch (error) {
  console.log(error.name);
  fs.writeFileSync(FOLDER + ".tried/" + process.pid, "");
}
`;
