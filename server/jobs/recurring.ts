import "server-only";
import type { SqlRunner } from "@/server/db/sql";
import type { JobDefinition } from "./define";
import { enqueue } from "./enqueue";

// A recurring job runs once per slot: slots are fixed multiples of everyMs since the epoch, and a
// slot's job is keyed by its start, so every instance computes the same key and the slot is
// enqueued once however many instances start or finish a run at the same moment. A slot missed
// while no instance ran is not made up: the next one is scheduled.

export function nextSlot(everyMs: number, after: Date): Date {
  return new Date((Math.floor(after.getTime() / everyMs) + 1) * everyMs);
}

export async function scheduleNextRun(sql: SqlRunner, job: JobDefinition, after: Date): Promise<void> {
  const runAt = nextSlot(job.everyMs!, after);
  await enqueue(sql, job, { payload: {} as never, key: `slot:${runAt.toISOString()}`, runAt });
}
