import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { FAILED_JOBS_PAGE_SIZE, type FailedJobsSearch } from "@/lib/validation/jobs";
import { assertMayOperateJobs } from "@/server/access/job";
import type { AppSession } from "@/server/auth/session";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { decodeKeyset, keyCol } from "@/server/lists/keyset";
import { COUNT_CAP, toListPage, type ListPage, type ListTotal } from "@/server/lists/list-page";
import { FAILED_KEPT_DAYS } from "./prune";

// Settings → Background jobs: how many jobs wait, run and failed, and the failed ones, newest
// first, a page at a time by keyset (finishedAt, id) on the (state, finishedAt) index. Failed jobs
// are kept FAILED_KEPT_DAYS (prune.ts), so the page looks that far back, and counts and list agree.
// The payload is never read here: it may hold an address someone typed, or a sign-in link.

export type FailedJobRow = {
  id: string;
  kind: string;
  key: string | null;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  finishedAt: Date;
};

export type JobCounts = { pending: ListTotal; running: ListTotal; failed: ListTotal };

const DAY = 86_400_000;
const NEWEST = { sort: "failed", keys: [keyCol("finishedAt", "desc", "ts"), keyCol("id", "desc", "uuid")] };

const failedSince = (now: Date) => new Date(now.getTime() - FAILED_KEPT_DAYS * DAY);

export async function listFailedJobs(
  db: PrismaClient,
  session: AppSession,
  search: FailedJobsSearch,
  now: Date,
): Promise<ListPage<FailedJobRow>> {
  assertMayOperateJobs(session);
  const [at, id] = decodeKeyset(NEWEST.sort, NEWEST.keys, search.cursor) ?? [];
  const cursor = at && id ? { finishedAt: new Date(at), id: String(id) } : null;
  const rows = await db.job.findMany({
    where: {
      state: "FAILED",
      finishedAt: { gte: failedSince(now) },
      ...(cursor
        ? {
            OR: [{ finishedAt: { lt: cursor.finishedAt } }, { finishedAt: cursor.finishedAt, id: { lt: cursor.id } }],
          }
        : {}),
    },
    orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
    take: FAILED_JOBS_PAGE_SIZE + 1,
    select: { id: true, kind: true, key: true, attempts: true, maxAttempts: true, lastError: true, finishedAt: true },
  });
  return toListPage(rows, FAILED_JOBS_PAGE_SIZE, NEWEST, (row) => ({ ...row, finishedAt: row.finishedAt! }));
}

/** Each count stops at COUNT_CAP on the (state, finishedAt) index: a backlog costs no full scan. */
export async function countJobs(db: PrismaClient, session: AppSession, now: Date): Promise<JobCounts> {
  assertMayOperateJobs(session);
  const capped = (where: Prisma.Sql) =>
    Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "Job" WHERE ${where} LIMIT ${COUNT_CAP + 1}) x)`;
  const [row] = await db.$queryRaw<{ pending: number; running: number; failed: number }[]>`
    SELECT ${capped(Prisma.sql`state = 'PENDING'::"JobState"`)} AS pending,
           ${capped(Prisma.sql`state = 'RUNNING'::"JobState"`)} AS running,
           ${capped(Prisma.sql`state = 'FAILED'::"JobState" AND "finishedAt" >= ${failedSince(now)}::timestamptz`)} AS failed`;
  const total = (n: number): ListTotal =>
    n > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count: n, capped: false };
  return { pending: total(row.pending), running: total(row.running), failed: total(row.failed) };
}

/** /settings/jobs: managers only; anyone else gets a 404. */
export async function getJobsOverview(search: FailedJobsSearch) {
  const session = await requireRole("MANAGER");
  const db = await getDb();
  const now = new Date();
  const [counts, failed] = await Promise.all([countJobs(db, session, now), listFailedJobs(db, session, search, now)]);
  return { counts, failed, keptDays: FAILED_KEPT_DAYS };
}
