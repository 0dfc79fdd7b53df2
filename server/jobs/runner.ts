import "server-only";
import crypto from "node:crypto";
import os from "node:os";
import type { PrismaClient } from "@/generated/prisma/client";
import type { SqlRunner } from "@/server/db/sql";
import { defaultBackoffMs, PermanentJobError, type JobDefinition } from "./define";
import { onEnqueued } from "./enqueue";
import { scheduleNextRun } from "./recurring";
import { claimJobs, extendLease, markDone, markFailed, type ClaimedJob } from "./store";

// The worker loop. It claims what is due, runs up to `concurrency` jobs at once and polls again
// as soon as one finishes. With nothing to do it sleeps until the next job is due, but at most
// an idle interval that doubles from minIdleMs to maxIdleMs, so an idle runner costs about one
// query a minute; an enqueue in this process wakes it early.

export type RunnerOptions = {
  sql: SqlRunner;
  prisma: PrismaClient;
  jobs: JobDefinition[];
  concurrency?: number;
  /** How long a claim holds a job; renewed every third of it while the handler runs. */
  leaseMs?: number;
  minIdleMs?: number;
  maxIdleMs?: number;
  workerId?: string;
  log?: (line: string) => void;
  /**
   * A job that runs longer than this (wall time, 2 s by default) is logged with its time: on the
   * embedded database a job holds the one connection, so the pages wait with it.
   */
  slowMs?: number;
  /** Where the runner reads the time (tests move it by hand); timers still run on the real pace. */
  clock?: () => Date;
};

export class JobRunner {
  readonly workerId: string;
  private readonly byKind: Map<string, JobDefinition>;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly minIdleMs: number;
  private readonly maxIdleMs: number;
  private readonly log: (line: string) => void;
  private readonly slowMs: number;
  private readonly now: () => Date;
  private readonly running = new Set<Promise<void>>();
  private idleMs: number;
  private timer: NodeJS.Timeout | undefined;
  private wakeAt = Infinity;
  private polling: Promise<void> | null = null;
  private stopped = true;
  private unsubscribe = () => {};

  constructor(private readonly options: RunnerOptions) {
    this.byKind = new Map(options.jobs.map((job) => [job.kind, job]));
    this.concurrency = options.concurrency ?? 4;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.minIdleMs = options.minIdleMs ?? 1_000;
    this.maxIdleMs = options.maxIdleMs ?? 60_000;
    this.idleMs = this.minIdleMs;
    this.workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
    this.log = options.log ?? ((line) => console.log(`[jobs] ${line}`));
    this.slowMs = options.slowMs ?? 2_000;
    this.now = options.clock ?? (() => new Date());
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = onEnqueued((runAt) => this.wake(runAt));
    for (const job of this.byKind.values()) if (job.everyMs) await scheduleNextRun(this.options.sql, job, this.now());
    this.schedule(0);
  }

  /** Stops claiming, then waits (at most timeoutMs) for the jobs already running. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    clearTimeout(this.timer);
    await this.polling;
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(this.running),
      new Promise((resolve) => (timeout = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timeout);
  }

  /** Runs what is due by the runner's clock, one claim at a time, until nothing is left (tests, scripts). */
  async runDue(): Promise<number> {
    let ran = 0;
    for (;;) {
      const { jobs } = await this.claim(this.now(), 1);
      if (jobs.length === 0) return ran;
      await this.execute(jobs[0]);
      ran += 1;
    }
  }

  private wake(runAt: Date): void {
    this.idleMs = this.minIdleMs;
    this.schedule(Math.max(0, runAt.getTime() - this.now().getTime()), { onlyEarlier: true });
  }

  private schedule(delayMs: number, { onlyEarlier = false } = {}): void {
    if (this.stopped) return;
    const at = Date.now() + delayMs;
    if (onlyEarlier && at >= this.wakeAt) return;
    clearTimeout(this.timer);
    this.wakeAt = at;
    this.timer = setTimeout(() => {
      this.wakeAt = Infinity;
      void this.poll();
    }, delayMs);
    this.timer.unref();
  }

  private poll(): Promise<void> {
    // One poll at a time; a wake during a poll is answered by the poll's own rescheduling.
    this.polling ??= this.pollOnce().finally(() => (this.polling = null));
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    const free = this.concurrency - this.running.size;
    if (this.stopped || free <= 0) return; // a finishing job polls again
    let delayMs: number;
    try {
      const { jobs, nextAt } = await this.claim(this.now(), free);
      for (const job of jobs) this.track(this.execute(job));
      if (jobs.length > 0) this.idleMs = this.minIdleMs;
      const untilNext = nextAt ? nextAt.getTime() - this.now().getTime() : Infinity;
      delayMs = jobs.length === free ? this.idleMs : Math.min(untilNext, this.idleMs);
      if (jobs.length === 0) this.idleMs = Math.min(this.idleMs * 2, this.maxIdleMs);
    } catch (error) {
      this.log(
        `claiming failed, trying again in ${Math.round(this.idleMs / 1000)} s: ${(error as Error).message.split("\n")[0]}`,
      );
      delayMs = this.idleMs;
      this.idleMs = Math.min(this.idleMs * 2, this.maxIdleMs);
    }
    this.schedule(Math.max(0, delayMs));
  }

  private track(run: Promise<void>): void {
    this.running.add(run);
    void run.finally(() => {
      this.running.delete(run);
      this.schedule(0);
    });
  }

  private claim(now: Date, limit: number) {
    const kinds = [...this.byKind.keys()];
    return claimJobs(this.options.sql, {
      now,
      kinds,
      limit,
      leaseUntil: new Date(now.getTime() + this.leaseMs),
      workerId: this.workerId,
    });
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const sql = this.options.sql;
    const claimedAt = this.now();
    const definition = this.byKind.get(job.kind)!;
    if (job.attempts > job.maxAttempts) {
      // Only a lease that ran out gets here: the worker died (or hung) during the last try.
      await markFailed(sql, job, {
        now: claimedAt,
        error: `its worker stopped during attempt ${job.maxAttempts} (lease ran out)`,
        retryAt: null,
      });
      return this.finished(definition, claimedAt);
    }
    const renew = setInterval(() => {
      void extendLease(sql, job, new Date(this.now().getTime() + this.leaseMs)).catch(() => {});
    }, this.leaseMs / 3);
    renew.unref();
    const started = performance.now();
    const tookLong = () => {
      const ms = performance.now() - started;
      if (ms > this.slowMs) this.log(`${job.kind} ${job.id} attempt ${job.attempts} took ${(ms / 1000).toFixed(1)} s`);
    };
    try {
      const payload = definition.payload.safeParse(job.payload);
      if (!payload.success) throw new PermanentJobError(`payload does not match ${job.kind}: ${payload.error.message}`);
      await definition.run(payload.data, {
        prisma: this.options.prisma,
        now: claimedAt,
        attempt: job.attempts,
        jobId: job.id,
      });
      clearInterval(renew);
      tookLong();
      await markDone(sql, job, this.now());
      await this.finished(definition, claimedAt);
    } catch (error) {
      clearInterval(renew);
      tookLong();
      const message = (error as Error)?.message ?? String(error);
      const final = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
      const backoff = (definition.backoffMs ?? defaultBackoffMs)(job.attempts);
      const now = this.now();
      await markFailed(sql, job, {
        now,
        error: message,
        retryAt: final ? null : new Date(now.getTime() + backoff),
      }).catch(() => {});
      this.log(
        `${job.kind} ${job.id} attempt ${job.attempts}/${job.maxAttempts} failed${final ? ", giving up" : ""}: ${message.split("\n")[0]}`,
      );
      if (final) await this.finished(definition, claimedAt);
    }
  }

  /** A recurring job's next slot is enqueued when this one is settled, whichever way. */
  private async finished(definition: JobDefinition, at: Date): Promise<void> {
    if (definition.everyMs) await scheduleNextRun(this.options.sql, definition, at).catch(() => {});
  }
}
