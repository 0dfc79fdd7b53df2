import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/server/db/migrate";
import { openSqlClient } from "@/server/db/sql";
import { makeLead } from "@/test/worlds/lead-world";

// A process writing follow-ups is killed with SIGKILL in the middle of a burst
// (no shutdown hook runs), and the embedded database is opened again from the
// same folder: every follow-up the writer saw committed is there, and none is
// half-written (a follow-up without its touchpoint, a lead whose version does
// not match its follow-ups).

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "reise-crash-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function open() {
  const sql = await openSqlClient({ kind: "pglite", dataDir }, "crash test");
  return { sql, db: new PrismaClient({ adapter: new PrismaPGlite(sql.pglite!) }) };
}

describe("a writer killed mid-burst", () => {
  it("leaves every acknowledged follow-up, and no half-written one", async () => {
    const setup = await open();
    await applyMigrations(setup.sql);
    const rep = await setup.db.user.create({
      data: { email: "rep@t.test", name: "Rep", role: "SALES" },
      select: { id: true },
    });
    const leads = await Promise.all([1, 2, 3].map(() => makeLead(setup.db, { ownerId: rep.id, now: new Date() })));
    await setup.db.$disconnect();
    await setup.sql.close();

    // tsx as a loader in this one process (its CLI would run the script in a
    // child, and SIGKILL would not reach the writer).
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/crash-writer.ts"], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "test",
        REISE_DATA_DIR: dataDir,
        CRASH_LEADS: leads.map((l) => l.id).join(","),
        CRASH_USER: rep.id,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acks: { leadId: string; followUpId: string; version: number }[] = [];
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    let buffered = "";
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`too few writes in time (${acks.length}); ${stderr}`)), 90_000);
      child.stdout.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          const [tag, leadId, followUpId, version] = line.split(" ");
          if (tag === "ACK") acks.push({ leadId, followUpId, version: Number(version) });
        }
        // Kill at a moment that is not a boundary the writer chose.
        if (acks.length >= 60) {
          clearTimeout(timer);
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", () => {
        clearTimeout(timer);
        if (acks.length < 60) reject(new Error(`writer stopped early: ${stderr}`));
      });
    });
    expect(await exited).toBe("SIGKILL");

    // Opening again takes over the dead process's lock and recovers the folder.
    const after = await open();
    try {
      const present = await after.db.followUp.findMany({
        where: { id: { in: acks.map((a) => a.followUpId) } },
        select: { id: true },
      });
      expect(present).toHaveLength(acks.length);
      for (const lead of leads) {
        const row = await after.db.lead.findUniqueOrThrow({ where: { id: lead.id }, select: { version: true } });
        const followUps = await after.db.followUp.findMany({
          where: { leadId: lead.id },
          select: { touchpointId: true, touchpoint: { select: { leadId: true } } },
        });
        const ackedVersion = Math.max(0, ...acks.filter((a) => a.leadId === lead.id).map((a) => a.version));
        expect(row.version).toBeGreaterThanOrEqual(ackedVersion);
        expect(followUps).toHaveLength(row.version);
        expect(followUps.every((f) => f.touchpointId && f.touchpoint?.leadId === lead.id)).toBe(true);
        const outbound = await after.db.touchpoint.count({ where: { leadId: lead.id, direction: "OUTBOUND" } });
        expect(outbound).toBe(followUps.length);
      }
    } finally {
      await after.db.$disconnect();
      await after.sql.close();
    }
  }, 180_000);
});
