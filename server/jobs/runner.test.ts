import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { testDatabases } from "@/test/worlds/databases";
import { countingSql, handClock, openJobWorld, type JobWorld } from "@/test/jobs/job-world";
import { defineJob } from "./define";
import { enqueue } from "./enqueue";
import { JobRunner, type RunnerOptions } from "./runner";

const T0 = new Date("2026-12-01T09:00:00.000Z");
const quiet = () => {};

describe.each(testDatabases)("the job runner on $name", (database) => {
  let world: JobWorld;
  const ran: { n: number; attempt: number }[] = [];
  const echo = defineJob({
    kind: "test.echo",
    payload: z.object({ n: z.number() }),
    async run({ n }, { attempt }) {
      ran.push({ n, attempt });
    },
  });
  const flaky = defineJob({
    kind: "test.flaky",
    payload: z.object({}),
    maxAttempts: 3,
    async run() {
      throw new Error("the mail server said no");
    },
  });
  const signInLink = defineJob({
    kind: "test.sign-in-link",
    payload: z.object({ n: z.number() }),
    interactive: true,
    async run({ n }, { attempt }) {
      ran.push({ n, attempt });
    },
  });
  const runner = (clock: () => Date, more: Partial<RunnerOptions> = {}) =>
    new JobRunner({
      sql: world.sql,
      prisma: world.prisma,
      jobs: [echo, flaky, signInLink],
      clock,
      log: quiet,
      ...more,
    });
  const job = (id: string) => world.prisma.job.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    world = await openJobWorld(database);
  });
  afterAll(async () => world?.close());
  beforeEach(async () => {
    ran.length = 0;
    await world.prisma.job.deleteMany();
  });

  it("makes one job of two enqueues with the same key, and none when the caller's transaction rolls back", async () => {
    const first = await enqueue(world.prisma, echo, { payload: { n: 1 }, key: "lead-7:warning" });
    const second = await enqueue(world.sql, echo, { payload: { n: 2 }, key: "lead-7:warning" });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    // The same key under another kind is another job.
    expect((await enqueue(world.prisma, flaky, { payload: {}, key: "lead-7:warning" })).created).toBe(true);
    await expect(
      world.prisma.$transaction(async (tx) => {
        await enqueue(tx, echo, { payload: { n: 3 }, key: "rolled-back" });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await world.prisma.job.count()).toBe(2);
    await expect(enqueue(world.prisma, echo, { payload: { n: "x" } as never })).rejects.toThrow();
  });

  it("logs a job that runs longer than slowMs, with its kind and time, and says nothing of a quick one", async () => {
    const slow = defineJob({
      kind: "test.slow",
      payload: z.object({}),
      async run() {
        await new Promise((resolve) => setTimeout(resolve, 60));
      },
    });
    const lines: string[] = [];
    const r = runner(handClock(T0).now, { jobs: [echo, slow], slowMs: 40, log: (line) => lines.push(line) });
    await enqueue(world.prisma, echo, { payload: { n: 1 }, runAt: T0 });
    await enqueue(world.prisma, slow, { payload: {}, runAt: T0 });
    expect(await r.runDue()).toBe(2);
    expect(lines).toEqual([expect.stringMatching(/^test\.slow \S+ attempt 1 took 0\.\d s$/)]);
  });

  it("does not run a job before its time", async () => {
    const clock = handClock(T0);
    await enqueue(world.prisma, echo, { payload: { n: 1 }, runAt: new Date(T0.getTime() + 3_600_000) });
    const r = runner(clock.now);
    expect(await r.runDue()).toBe(0);
    clock.advance(3_600_000 - 1);
    expect(await r.runDue()).toBe(0);
    clock.advance(1);
    expect(await r.runDue()).toBe(1);
    expect(ran).toEqual([{ n: 1, attempt: 1 }]);
  });

  it("runs a job someone is waiting on before a backlog of background work that fell due earlier", async () => {
    const clock = handClock(T0);
    for (const n of [1, 2, 3])
      await enqueue(world.prisma, echo, { payload: { n }, runAt: new Date(T0.getTime() - 3_600_000 + n) });
    await enqueue(world.prisma, signInLink, { payload: { n: 100 }, runAt: T0 });
    // Not yet due: waiting for someone does not make a job early.
    await enqueue(world.prisma, signInLink, { payload: { n: 200 }, runAt: new Date(T0.getTime() + 60_000) });
    expect(await runner(clock.now).runDue()).toBe(4);
    expect(ran.map((r) => r.n)).toEqual([100, 1, 2, 3]);
  });

  it("retries a failing job with growing waits, then leaves it FAILED with the error", async () => {
    const clock = handClock(T0);
    const { id } = await enqueue(world.prisma, flaky, { payload: {}, runAt: T0 });
    const r = runner(clock.now);
    expect(await r.runDue()).toBe(1);
    expect(await job(id)).toMatchObject({
      state: "PENDING",
      attempts: 1,
      runAt: new Date(T0.getTime() + 30_000),
      lastError: "the mail server said no",
    });
    clock.advance(29_999);
    expect(await r.runDue()).toBe(0);
    clock.advance(1);
    expect(await r.runDue()).toBe(1);
    expect(await job(id)).toMatchObject({ state: "PENDING", attempts: 2, runAt: new Date(T0.getTime() + 90_000) });
    clock.advance(60_000);
    expect(await r.runDue()).toBe(1);
    expect(await job(id)).toMatchObject({
      state: "FAILED",
      attempts: 3,
      finishedAt: new Date(T0.getTime() + 90_000),
      lastError: "the mail server said no",
    });
    clock.advance(86_400_000);
    expect(await r.runDue()).toBe(0);
  });

  it("fails a job whose stored payload its handler no longer accepts at once, without retrying", async () => {
    const clock = handClock(T0);
    await world.sql.query(
      `INSERT INTO "Job" (id, kind, payload, "runAt", "maxAttempts", "createdAt") VALUES (gen_random_uuid(), 'test.echo', '{"n":"seven"}', $1, 5, $1)`,
      [T0],
    );
    expect(await runner(clock.now).runDue()).toBe(1);
    const [row] = await world.prisma.job.findMany();
    expect(row).toMatchObject({ state: "FAILED", attempts: 1 });
    expect(row.lastError).toMatch(/payload does not match test.echo/);
    expect(ran).toEqual([]);
  });

  it("gives up on a job whose worker died during its last attempt instead of running it again", async () => {
    await world.sql.query(
      `INSERT INTO "Job" (id, kind, payload, state, attempts, "runAt", "maxAttempts", "createdAt", "claimedBy")
       VALUES (gen_random_uuid(), 'test.echo', '{"n":1}', 'RUNNING', 5, $1, 5, $1, 'dead-worker')`,
      [T0],
    );
    expect(await runner(() => new Date(T0.getTime() - 1)).runDue()).toBe(0); // its lease still holds
    expect(await runner(() => T0).runDue()).toBe(1);
    const [row] = await world.prisma.job.findMany();
    expect(row).toMatchObject({ state: "FAILED", lastError: "its worker stopped during attempt 5 (lease ran out)" });
    expect(ran).toEqual([]);
  });

  it("leaves kinds it does not know to the instances that do", async () => {
    await world.sql.query(
      `INSERT INTO "Job" (id, kind, payload, "runAt", "maxAttempts", "createdAt") VALUES (gen_random_uuid(), 'newer.kind', '{}', $1, 5, $1)`,
      [T0],
    );
    expect(await runner(() => T0).runDue()).toBe(0);
    expect(await world.prisma.job.findFirstOrThrow()).toMatchObject({ state: "PENDING", attempts: 0 });
  });

  it("runs a recurring job once per slot, however many runners start", async () => {
    const clock = handClock(new Date("2026-12-01T09:00:30.000Z"));
    const tick = defineJob({
      kind: "test.tick",
      payload: z.object({}),
      everyMs: 60_000,
      run: async (_p, { now }) => void ran.push({ n: now.getTime(), attempt: 1 }),
    });
    const runners = [1, 2].map(() => runner(clock.now, { jobs: [tick] }));
    for (const r of runners) await r.start();
    for (const r of runners) await r.stop();
    const slots = await world.prisma.job.findMany({ select: { key: true, runAt: true } });
    expect(slots).toEqual([{ key: "slot:2026-12-01T09:01:00.000Z", runAt: new Date("2026-12-01T09:01:00.000Z") }]);
    clock.set(new Date("2026-12-01T09:01:00.000Z"));
    expect(await runners[0].runDue()).toBe(1);
    expect(await runners[1].runDue()).toBe(0);
    const pending = await world.prisma.job.findMany({ where: { state: "PENDING" }, select: { key: true } });
    expect(pending).toEqual([{ key: "slot:2026-12-01T09:02:00.000Z" }]);
  });

  it("runs what is enqueued in its own process at once, and lets a running job finish on stop", async () => {
    const slow = defineJob({
      kind: "test.slow",
      payload: z.object({}),
      run: () => new Promise((resolve) => setTimeout(resolve, 300)),
    });
    const r = new JobRunner({
      sql: world.sql,
      prisma: world.prisma,
      jobs: [echo, slow],
      log: quiet,
      minIdleMs: 5_000,
      maxIdleMs: 60_000,
    });
    await r.start();
    await new Promise((resolve) => setTimeout(resolve, 100)); // its first poll found nothing: it now sleeps 5 s
    const waitFor = async (count: number) => {
      const started = Date.now();
      while (ran.length < count && Date.now() - started < 10_000)
        await new Promise((resolve) => setTimeout(resolve, 10));
      return Date.now() - started;
    };
    await enqueue(world.prisma, echo, { payload: { n: 0 } });
    expect(await waitFor(1)).toBeLessThan(2_500);
    for (let n = 1; n < 20; n++) await enqueue(world.prisma, echo, { payload: { n } });
    await waitFor(20);
    expect(ran.map((r) => r.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    const { id } = await enqueue(world.prisma, slow, { payload: {} });
    while ((await job(id)).state !== "RUNNING") await new Promise((resolve) => setTimeout(resolve, 10));
    await r.stop();
    expect((await job(id)).state).toBe("DONE");
  });

  it("costs a handful of cheap queries while idle", async () => {
    // The default intervals (1 s doubling to 60 s) scaled down 50 times: 20 ms to 1.2 s, so 6 s
    // here stand for 5 minutes of a real idle runner.
    const sql = countingSql(world.sql);
    const r = new JobRunner({
      sql,
      prisma: world.prisma,
      jobs: [echo, flaky],
      log: quiet,
      minIdleMs: 20,
      maxIdleMs: 1_200,
    });
    await r.start();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await r.stop();
    expect(sql.statements.length).toBeGreaterThanOrEqual(8);
    expect(sql.statements.length).toBeLessThanOrEqual(12);
    expect(sql.statements.every((s) => s.includes("FOR UPDATE SKIP LOCKED"))).toBe(true);
    console.log(`idle runner: ${sql.statements.length} queries in 6 s at 1/50 scale (≈ 5 min at the defaults)`);
  });
});
