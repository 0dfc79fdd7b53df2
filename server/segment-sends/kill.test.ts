import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { applyMigrations } from "@/server/db/migrate";
import { JobRunner } from "@/server/jobs/runner";
import { scriptDatabase, testDatabases, type ScriptDatabase } from "@/test/worlds/databases";
import { segmentSendBatchJob } from "./batch-job";
import { startSegmentSend } from "./start";

// The app is killed (SIGKILL, no shutdown hook) in the middle of a segment send's batch, after it
// queued some recipients inside the batch's transaction. Nothing of that batch was committed; once
// the dead worker's lease has run out a fresh runner does the batch again, and every customer ends
// up with exactly one message.

const LEASE_MS = 1_500;
const CUSTOMERS = 5;

describe.each(testDatabases)("a segment send killed mid-batch on $name", (database) => {
  const disposers: ScriptDatabase[] = [];
  afterAll(() => Promise.all(disposers.map((d) => d.dispose())));

  it("sends nobody twice after the restart", async () => {
    const target = await scriptDatabase(database);
    disposers.push(target);
    const setup = await target.open();
    await applyMigrations(setup);
    const db = new PrismaClient({ adapter: database.prismaAdapter(setup) });
    const manager = await db.user.create({ data: { email: "m@t.test", name: "Mia", role: "MANAGER" } });
    const segment = await db.segment.create({
      data: { name: "Alle", filters: {}, marketing: true, ownerId: manager.id },
    });
    const template = await db.messageTemplate.create({
      data: {
        name: "Salg",
        channel: "EMAIL",
        purpose: "MARKETING",
        locale: "nb",
        subject: "Salg",
        body: "Hei {{firstName}}",
      },
    });
    for (let i = 0; i < CUSTOMERS; i++) {
      const c = await db.customer.create({ data: { name: `Kunde${i}`, email: `k${i}@eksempel.no` } });
      await db.consent.create({
        data: { customerId: c.id, purpose: "MARKETING_EMAIL", granted: true, updatedAt: new Date() },
      });
    }
    const session: AppSession = {
      userId: manager.id,
      role: "MANAGER",
      email: "m@t.test",
      name: "Mia",
      locale: "nb",
      timeZone: "Europe/Oslo",
      teamId: null,
      customerId: null,
    };
    const started = await startSegmentSend(db, session, { segmentId: segment.id, templateId: template.id }, new Date());
    if (!started.ok) throw new Error(started.reason);
    await db.$disconnect();
    await setup.close(); // PGlite: the worker takes the folder's lock

    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "test/jobs/segment-send-and-hang.ts"],
      {
        cwd: path.resolve(import.meta.dirname, "../.."),
        env: {
          PATH: process.env.PATH ?? "",
          NODE_ENV: "test",
          JOB_LEASE_MS: String(LEASE_MS),
          SEGMENT_SEND_BATCH: "10",
          HANG_AFTER: "3",
          ...target.env,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    const running = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the worker never hung: ${stderr}`)), 60_000);
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
    expect(running).toMatch(/^RUNNING \S+ 1 3$/);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const sql = await target.open();
    const prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    try {
      // The three queued in the dead batch were never committed.
      expect(await prisma.message.count()).toBe(0);
      const job = await prisma.job.findFirstOrThrow({ where: { kind: "segment-send.batch" } });
      expect(job).toMatchObject({ state: "RUNNING", attempts: 1 });
      const rescuer = new JobRunner({
        sql,
        prisma,
        jobs: [segmentSendBatchJob],
        clock: () => new Date(job.runAt.getTime() + 1),
        log: () => {},
      });
      expect(await rescuer.runDue()).toBe(1);
      const messages = await prisma.message.findMany({ select: { customerId: true, key: true } });
      expect(messages).toHaveLength(CUSTOMERS);
      expect(new Set(messages.map((m) => m.customerId)).size).toBe(CUSTOMERS);
      expect(await prisma.segmentSend.findUniqueOrThrow({ where: { id: started.sendId } })).toMatchObject({
        state: "DONE",
        queued: CUSTOMERS,
      });
    } finally {
      await prisma.$disconnect();
      await sql.close();
    }
  }, 120_000);
});
