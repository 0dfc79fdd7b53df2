import "server-only";
import type { SqlRunner } from "@/server/db/sql";

// The runner's statements. A claim is one statement: it locks due jobs with FOR UPDATE SKIP
// LOCKED, so two instances never take the same row, and moves them to RUNNING with a lease
// (runAt = lease end). A worker that dies leaves its jobs RUNNING; once the lease has run out
// they are due again and the next claim takes them. Every later write names the attempt it
// belongs to, so a worker whose lease was taken over cannot finish someone else's try.

export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number };
export type Claim = { jobs: ClaimedJob[]; nextAt: Date | null };

const LIVE = `state IN ('PENDING'::"JobState", 'RUNNING'::"JobState")`;

export async function claimJobs(
  sql: SqlRunner,
  input: { now: Date; kinds: string[]; limit: number; leaseUntil: Date; workerId: string },
): Promise<Claim> {
  // The second branch tells an idle runner when the next job is due, in the same round trip.
  const rows = await sql.query<ClaimedJob & { nextAt: Date | null }>(
    `WITH picked AS (
       SELECT id FROM "Job"
       WHERE ${LIVE} AND "runAt" <= $1::timestamptz AND kind = ANY($2::text[])
       ORDER BY priority DESC, "runAt"
       LIMIT $3
       FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE "Job" j SET state = 'RUNNING', attempts = j.attempts + 1, "runAt" = $4::timestamptz, "claimedBy" = $5
       FROM picked WHERE j.id = picked.id
       RETURNING j.id::text, j.kind, j.payload, j.attempts, j."maxAttempts"
     )
     SELECT id, kind, payload, attempts, "maxAttempts", NULL::timestamptz AS "nextAt" FROM claimed
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, NULL,
       (SELECT min("runAt") FROM "Job" WHERE ${LIVE} AND "runAt" > $1::timestamptz AND kind = ANY($2::text[]))`,
    [input.now, input.kinds, input.limit, input.leaseUntil, input.workerId],
  );
  const jobs = rows.filter((row) => row.id !== null);
  const last = rows.find((row) => row.id === null);
  return { jobs, nextAt: last?.nextAt ? new Date(last.nextAt) : null };
}

type Attempt = { id: string; attempts: number };
const MINE = `id = $1::uuid AND attempts = $2 AND state = 'RUNNING'`;

export async function extendLease(sql: SqlRunner, job: Attempt, leaseUntil: Date): Promise<boolean> {
  const rows = await sql.query(`UPDATE "Job" SET "runAt" = $3::timestamptz WHERE ${MINE} RETURNING 1`, [
    job.id,
    job.attempts,
    leaseUntil,
  ]);
  return rows.length > 0;
}

// A done job keeps no payload: payloads may hold personal data (an address someone typed into
// "forgot password") or a secret, and nothing needs them once the work is done. A failed job
// keeps its payload, to be read and retried.
export async function markDone(sql: SqlRunner, job: Attempt, now: Date): Promise<void> {
  await sql.query(
    `UPDATE "Job" SET state = 'DONE', "finishedAt" = $3::timestamptz, "lastError" = NULL, payload = '{}'::jsonb WHERE ${MINE}`,
    [job.id, job.attempts, now],
  );
}

/** Back to PENDING until retryAt, or FAILED for good when retryAt is null. */
export async function markFailed(
  sql: SqlRunner,
  job: Attempt,
  input: { now: Date; error: string; retryAt: Date | null },
): Promise<void> {
  await sql.query(
    `UPDATE "Job" SET
       state = CASE WHEN $4::timestamptz IS NULL THEN 'FAILED'::"JobState" ELSE 'PENDING'::"JobState" END,
       "runAt" = COALESCE($4::timestamptz, "runAt"),
       "finishedAt" = CASE WHEN $4::timestamptz IS NULL THEN $3::timestamptz END,
       "lastError" = $5
     WHERE ${MINE}`,
    [job.id, job.attempts, input.now, input.retryAt, input.error.slice(0, 2000)],
  );
}
