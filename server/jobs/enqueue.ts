import "server-only";
import crypto from "node:crypto";
import type { z } from "zod";
import type { SqlRunner } from "@/server/db/sql";
import { DEFAULT_MAX_ATTEMPTS, type JobDefinition } from "./define";

// Enqueueing is one INSERT, so it can join the caller's transaction: pass the Prisma transaction
// client (or a SqlRunner) and the job exists exactly when the rest of the write commits.

/** A Prisma client or transaction client, or the raw SQL runner. */
export type JobDb = SqlRunner | { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

export async function queryRows<T>(db: JobDb, text: string, params: unknown[]): Promise<T[]> {
  return "query" in db ? db.query<T>(text, params) : db.$queryRawUnsafe<T[]>(text, ...params);
}

export type EnqueueOptions<S extends z.ZodType> = {
  payload: z.input<S>;
  /** Idempotency: a second enqueue with the same kind and key returns the first job instead. */
  key?: string;
  /** Not before this instant (default: now). */
  runAt?: Date;
};

export async function enqueue<S extends z.ZodType>(
  db: JobDb,
  job: JobDefinition<S>,
  options: EnqueueOptions<S>,
): Promise<{ id: string; created: boolean }> {
  const payload = job.payload.parse(options.payload);
  const now = new Date();
  const runAt = options.runAt ?? now;
  const key = options.key ?? null;
  const inserted = await queryRows<{ id: string }>(
    db,
    `INSERT INTO "Job" (id, kind, key, payload, "runAt", "maxAttempts", "createdAt", priority)
     VALUES ($1::uuid, $2, $3, $4::jsonb, $5::timestamptz, $6, $7::timestamptz, $8::smallint)
     ON CONFLICT (kind, key) DO NOTHING
     RETURNING id::text`,
    [
      crypto.randomUUID(),
      job.kind,
      key,
      JSON.stringify(payload ?? null),
      runAt,
      job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      now,
      job.interactive ? 1 : 0,
    ],
  );
  if (inserted[0]) {
    notifyEnqueued(runAt);
    return { id: inserted[0].id, created: true };
  }
  const [existing] = await queryRows<{ id: string }>(db, `SELECT id::text FROM "Job" WHERE kind = $1 AND key = $2`, [
    job.kind,
    key,
  ]);
  return { id: existing.id, created: false };
}

// A runner in this process polls at once for a job due now, or sets its timer for a later one,
// instead of waiting out its idle interval. Other instances find it by polling. Kept on
// globalThis: Next bundles instrumentation and routes apart, each with its own module copies.
type Listener = (runAt: Date) => void;
const host = globalThis as typeof globalThis & { __reiseJobListeners?: Set<Listener> };
const listeners = (host.__reiseJobListeners ??= new Set<Listener>());

export function onEnqueued(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Wakes this process's runner for a job due at runAt: enqueue does it, and so does a retry. */
export function notifyEnqueued(runAt: Date): void {
  for (const listener of listeners) listener(runAt);
}
