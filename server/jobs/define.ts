import "server-only";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";

// What a kind of job is: its name, the shape of its payload (checked when it is enqueued and
// again when it runs, since a row may outlive the code that wrote it), what it does, and how
// often it may be tried. A handler may run more than once for one job (its worker can die
// after the work and before the job is marked done), so it should be safe to repeat.

export type JobContext = {
  prisma: PrismaClient;
  /** The runner's clock at the claim: the pinned clock in tests, never the database's now(). */
  now: Date;
  /** 1 on the first try. */
  attempt: number;
  jobId: string;
};

export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  kind: string;
  payload: S;
  run(payload: z.output<S>, context: JobContext): Promise<void>;
  /** Tries before the job is left as FAILED (default 5). */
  maxAttempts?: number;
  /** Wait before try attempt + 1 (default: 30 s doubling, at most an hour). */
  backoffMs?(attempt: number): number;
  /** A recurring job: one run per slot of this length, on whichever instance claims it. */
  everyMs?: number;
  /**
   * Someone is waiting on this job now (a sign-in link, a reply a rep sent): it is claimed before
   * any due background work, so a backlog of reminders never holds up a customer's sign-in.
   */
  interactive?: boolean;
};

export const DEFAULT_MAX_ATTEMPTS = 5;

export function defaultBackoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);
}

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  if (!/^[a-z][a-z0-9.-]*$/.test(definition.kind))
    throw new Error(`Job kind "${definition.kind}" must be lower-case words joined by . or -`);
  return definition;
}

/** A failure that trying again cannot mend (e.g. a payload the handler no longer accepts): no retry. */
export class PermanentJobError extends Error {}
