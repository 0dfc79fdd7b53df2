import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { assertMayOperateJobs } from "@/server/access/job";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";
import { notifyEnqueued } from "./enqueue";

// "Try again" on a failed job: back to PENDING with its tries counted from 0 and due now, so the
// runner takes it as if new (its own maxAttempts and backoff again). Only a FAILED job: a second
// click, or two managers at once, find it pending and change nothing. Audited with the job's kind
// and key, never its payload or error (either may hold an address, and the audit log is kept).

export type RetryJobResult = { ok: true } | { ok: false; reason: "notFailed" };

export async function retryFailedJob(
  db: PrismaClient,
  session: AppSession,
  input: { id: string },
  now: Date,
): Promise<RetryJobResult> {
  assertMayOperateJobs(session);
  const retried = await db.$transaction(async (tx) => {
    const job = await tx.job.findFirst({
      where: { id: input.id, state: "FAILED" },
      select: { kind: true, key: true, attempts: true },
    });
    if (!job) return false;
    const { count } = await tx.job.updateMany({
      where: { id: input.id, state: "FAILED" },
      data: { state: "PENDING", attempts: 0, runAt: now, finishedAt: null, claimedBy: null },
    });
    if (count !== 1) return false;
    await recordAudit(tx, {
      actorId: session.userId,
      action: "job.retried",
      entityType: "Job",
      entityId: input.id,
      data: { kind: job.kind, key: job.key, attempts: job.attempts },
    });
    return true;
  });
  if (!retried) return { ok: false, reason: "notFailed" };
  notifyEnqueued(now);
  return { ok: true };
}
