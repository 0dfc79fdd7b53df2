import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations } from "@/server/db/migrate";
import { scriptDatabase, testDatabases, type ScriptDatabase } from "@/test/worlds/databases";
import { defineJob } from "./define";
import { enqueue } from "./enqueue";
import { JobRunner } from "./runner";

// A worker is killed with SIGKILL in the middle of a job (no shutdown hook runs, the job stays
// RUNNING). Nobody else takes it while the dead worker's lease lasts; once it has run out, the
// next claim runs it again, as attempt 2: a retry, not a loss.

const LEASE_MS = 1_500;

describe.each(testDatabases)("a worker killed mid-job on $name", (database) => {
  const disposers: ScriptDatabase[] = [];
  afterAll(() => Promise.all(disposers.map((d) => d.dispose())));

  it("leaves the job to be retried once its lease runs out", async () => {
    const target = await scriptDatabase(database);
    disposers.push(target);
    const setup = await target.open();
    await applyMigrations(setup);
    const { id } = await enqueue(setup, defineJob({ kind: "test.hang", payload: z.object({}), run: async () => {} }), {
      payload: {},
    });
    await setup.close(); // PGlite: the worker takes the folder's lock

    // tsx as a loader in this one process, so that SIGKILL reaches the worker itself.
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "test/jobs/claim-and-hang.ts"],
      {
        cwd: path.resolve(import.meta.dirname, "../.."),
        env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", JOB_LEASE_MS: String(LEASE_MS), ...target.env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    const running = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the worker never ran the job: ${stderr}`)), 60_000);
      child.stdout.on("data", (chunk: Buffer) => {
        const line = chunk
          .toString()
          .split("\n")
          .find((l) => l.startsWith("RUNNING"));
        if (line) {
          clearTimeout(timer);
          resolve(line);
        }
      });
      child.on("exit", () => reject(new Error(`the worker stopped early: ${stderr}`)));
    });
    expect(running).toBe(`RUNNING ${id} 1`);
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS)); // past one lease renewal
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const killedAt = Date.now();

    const sql = await target.open();
    const prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    try {
      const left = await prisma.job.findUniqueOrThrow({ where: { id } });
      expect(left).toMatchObject({ state: "RUNNING", attempts: 1, claimedBy: `hanging-${child.pid}` });
      expect(left.runAt.getTime()).toBeGreaterThan(killedAt - LEASE_MS); // the lease was renewed while it ran

      const attempts: number[] = [];
      const finish = defineJob({
        kind: "test.hang",
        payload: z.object({}),
        run: async (_p, { attempt }) => void attempts.push(attempt),
      });
      let now = new Date(killedAt);
      const rescuer = new JobRunner({ sql, prisma, jobs: [finish], clock: () => now, log: () => {} });
      expect(await rescuer.runDue()).toBe(0); // the lease still holds
      now = new Date(left.runAt.getTime());
      expect(await rescuer.runDue()).toBe(1);
      expect(attempts).toEqual([2]);
      expect(await prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "DONE", attempts: 2 });
    } finally {
      await prisma.$disconnect();
      await sql.close();
    }
  }, 120_000); // PGlite on disk: migrating and opening the folder twice take a while
});
