import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import en from "@/messages/en/settings.json";
import { JOB_KIND_LABELS } from "@/lib/job-kinds";
import { FAILED_JOBS_PAGE_SIZE } from "@/lib/validation/jobs";
import type { AppSession } from "@/server/auth/session";
import { openJobWorld, type JobWorld } from "@/test/jobs/job-world";
import { testDatabases } from "@/test/worlds/databases";
import { JobAccessError } from "@/server/access/job";
import { defineJob } from "./define";
import { enqueue } from "./enqueue";
import { countJobs, listFailedJobs } from "./failed-jobs";
import { registeredJobs } from "./registry";
import { retryFailedJob } from "./retry";
import { JobRunner } from "./runner";

// Settings → Background jobs: the counts and the failed list read what the runner left, the last
// 30 days of it, newest first, page by page, without payloads; "Try again" puts a failed job back
// to be run as if new, once, audited, and the runner then runs it again.

const NOW = new Date("2026-12-01T09:00:00.000Z");
const DAY = 86_400_000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe.each(testDatabases)("failed jobs for operators on $name", (database) => {
  let world: JobWorld;
  let manager: AppSession;
  let rep: AppSession;
  const session = (userId: string, role: "MANAGER" | "SALES"): AppSession => ({
    userId,
    role,
    email: `${role.toLowerCase()}@t.test`,
    name: role,
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: null,
    customerId: null,
  });
  const job = (data: {
    kind?: string;
    key?: string;
    state: "PENDING" | "RUNNING" | "DONE" | "FAILED";
    finishedAt?: Date;
    lastError?: string;
    payload?: object;
  }) =>
    world.prisma.job.create({
      data: {
        kind: data.kind ?? "test.work",
        key: data.key,
        state: data.state,
        payload: data.payload ?? { email: "kari@t.test" },
        runAt: NOW,
        attempts: data.state === "PENDING" ? 0 : 5,
        maxAttempts: 5,
        lastError: data.lastError,
        createdAt: ago(DAY * 40),
        finishedAt: data.finishedAt,
      },
      select: { id: true },
    });

  beforeAll(async () => {
    world = await openJobWorld(database);
    const [m, s] = await Promise.all(
      (["MANAGER", "SALES"] as const).map((role) =>
        world.prisma.user.create({
          data: { email: `${role.toLowerCase()}@t.test`, name: role, role },
          select: { id: true },
        }),
      ),
    );
    manager = session(m.id, "MANAGER");
    rep = session(s.id, "SALES");
  });
  afterAll(async () => world?.close());
  beforeEach(async () => {
    await world.prisma.job.deleteMany();
  });

  it("counts waiting, running and recent failed jobs, and lists the failed ones newest first, a page at a time", async () => {
    await job({ state: "PENDING" });
    await job({ state: "PENDING" });
    await job({ state: "RUNNING" });
    await job({ state: "DONE", finishedAt: ago(60_000) });
    await job({ state: "FAILED", key: "too-old", finishedAt: ago(31 * DAY) });
    const total = FAILED_JOBS_PAGE_SIZE + 2;
    // The last of the first page and the first of the next failed at the same instant: the id
    // keeps them apart across the page break.
    const minutesAgo = (i: number) => (i === FAILED_JOBS_PAGE_SIZE ? i : i + 1);
    for (let i = 0; i < total; i++)
      await job({ state: "FAILED", key: `k${i}`, finishedAt: ago(minutesAgo(i) * 60_000), lastError: `error ${i}` });

    expect(await countJobs(world.prisma, manager, NOW)).toEqual({
      pending: { count: 2, capped: false },
      running: { count: 1, capped: false },
      failed: { count: total, capped: false },
    });
    const first = await listFailedJobs(world.prisma, manager, {}, NOW);
    expect(first.rows).toHaveLength(FAILED_JOBS_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listFailedJobs(world.prisma, manager, { cursor: first.nextCursor! }, NOW);
    expect(second.nextCursor).toBeNull();
    const rows = [...first.rows, ...second.rows];
    expect(new Set(rows.map((r) => r.id)).size).toBe(total);
    expect(rows.map((r) => r.key)).not.toContain("too-old");
    const times = rows.map((r) => r.finishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(rows.at(-1)).toMatchObject({ key: `k${total - 1}`, attempts: 5, lastError: `error ${total - 1}` });
    // What the page gets holds no payload: it may carry an address or a link.
    expect(Object.keys(rows[0]).sort()).toEqual(
      ["attempts", "finishedAt", "id", "key", "kind", "lastError", "maxAttempts"].sort(),
    );
    // A cursor edited in the URL is the first page, never an error.
    expect((await listFailedJobs(world.prisma, manager, { cursor: "bm9wZQ" }, NOW)).rows[0].id).toBe(rows[0].id);
  });

  it("lets only managers read or retry jobs", async () => {
    const { id } = await job({ state: "FAILED", finishedAt: ago(60_000) });
    await expect(listFailedJobs(world.prisma, rep, {}, NOW)).rejects.toThrow(JobAccessError);
    await expect(countJobs(world.prisma, rep, NOW)).rejects.toThrow(JobAccessError);
    await expect(retryFailedJob(world.prisma, rep, { id }, NOW)).rejects.toThrow(JobAccessError);
    expect(await world.prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "FAILED" });
  });

  it("puts a failed job back to run as if new, once and audited, and the runner runs it again", async () => {
    let failing = true;
    const runs: number[] = [];
    const work = defineJob({
      kind: "test.retry-me",
      payload: z.object({ n: z.number() }),
      maxAttempts: 2,
      backoffMs: () => 1_000,
      async run({ n }, { attempt }) {
        runs.push(attempt);
        if (failing) throw new Error(`the mail server said no to job ${n}`);
      },
    });
    let now = ago(10 * 60_000);
    const runner = new JobRunner({
      sql: world.sql,
      prisma: world.prisma,
      jobs: [work],
      clock: () => now,
      log: () => {},
    });
    const { id } = await enqueue(world.prisma, work, { payload: { n: 7 }, key: "lead-7", runAt: now });
    await runner.runDue();
    now = new Date(now.getTime() + 1_000);
    await runner.runDue();
    expect(await world.prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "FAILED", attempts: 2 });
    expect((await listFailedJobs(world.prisma, manager, {}, NOW)).rows.map((r) => r.id)).toEqual([id]);

    expect(await retryFailedJob(world.prisma, manager, { id }, NOW)).toEqual({ ok: true });
    expect(await world.prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "PENDING",
      attempts: 0,
      runAt: NOW,
      finishedAt: null,
    });
    // A second click (or a second manager) changes nothing, and is not audited twice.
    expect(await retryFailedJob(world.prisma, manager, { id }, NOW)).toEqual({ ok: false, reason: "notFailed" });
    expect(await retryFailedJob(world.prisma, manager, { id: crypto.randomUUID() }, NOW)).toEqual({
      ok: false,
      reason: "notFailed",
    });
    const audit = await world.prisma.auditLog.findMany({ where: { action: "job.retried" } });
    expect(audit).toMatchObject([
      {
        actorId: manager.userId,
        entityType: "Job",
        entityId: id,
        data: { kind: "test.retry-me", key: "lead-7", attempts: 2 },
      },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/mail server|"n"/); // neither the error nor the payload
    expect((await listFailedJobs(world.prisma, manager, {}, NOW)).rows).toEqual([]);

    failing = false;
    now = NOW;
    runs.length = 0;
    expect(await runner.runDue()).toBe(1);
    expect(runs).toEqual([1]); // counted from the start again
    expect(await world.prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "DONE", attempts: 1 });
  });
});

// messages.test.ts holds nb and da to the English keys.
it("has a label for every kind of job the runner knows", () => {
  const kinds = en.jobs.kinds as Record<string, string>;
  expect(registeredJobs.map((j) => j.kind).filter((kind) => !kinds[JOB_KIND_LABELS[kind]])).toEqual([]);
});
