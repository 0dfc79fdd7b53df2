import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { importOptionsSchema, DUPLICATE_CHOICES } from "@/lib/validation/customer-import";
import { recordAudit } from "@/server/audit";
import { defineJob } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { failImport } from "./check-job";
import { breathe } from "./breathe";
import { readImportFile, type ReadImport } from "./read-file";
import { tellImportState } from "./tell";
import { writeBatch } from "./write-batch";

// The second half of an import, after the manager's choice: the rows go in, BATCH at a time, each
// batch in one transaction with the import's progress. The progress is also the claim: a batch
// commits only if the import still stands where this job found it, so a job run twice (a worker that
// died after its commit) writes nothing twice, and a worker that dies mid-batch leaves the batch to
// the runner's retry. One run goes on for RUN_MS and then hands over to a new job, so a large file
// neither holds a worker past its lease nor keeps other work waiting. Every run reads the file
// again: reading is pure, and 100,000 rows read in about a second.

export const IMPORT_BATCH = 1000;
const RUN_MS = 60_000;

const payload = z.object({ importId: z.guid(), from: z.number().int().min(0) });

export const customerImportJob = defineJob({
  kind: "customer-import.batch",
  payload,
  maxAttempts: 5,
  run: ({ importId, from }, { prisma, now }) => runImport(prisma, importId, from, now).then(() => {}),
});

const storedOptions = importOptionsSchema.extend({ duplicates: z.enum(DUPLICATE_CHOICES) });

/** Test hook: called after each batch commits (a test throws to "die" between batches). */
export type ImportHooks = { afterBatch?: (done: number) => void | Promise<void>; runMs?: number };

export async function runImport(
  db: PrismaClient,
  importId: string,
  from: number,
  now: Date,
  hooks: ImportHooks = {},
): Promise<"stale" | "continued" | "done"> {
  const head = await db.customerImport.findUnique({
    where: { id: importId },
    select: {
      state: true,
      doneRows: true,
      options: true,
      createdById: true,
      fileName: true,
      file: { select: { bytes: true } },
    },
  });
  if (!head || head.state !== "IMPORTING" || head.doneRows !== from) return "stale";
  const options = storedOptions.safeParse(head.options);
  if (!options.success || !head.file) {
    await failImport(db, importId, "unreadable", now);
    return "done";
  }
  const read: ReadImport = await readImportFile(head.file.bytes, options.data);
  if (!read.ok) {
    await failImport(db, importId, read.reason, now);
    return "done";
  }
  const started = Date.now();
  let at = from;
  while (at < read.rows.length) {
    const batch = read.rows.slice(at, at + IMPORT_BATCH);
    const next = at + batch.length;
    const last = next >= read.rows.length;
    const outOfTime = Date.now() - started >= (hooks.runMs ?? RUN_MS);
    const committed = await db.$transaction(
      async (tx) => {
        const claimed = await tx.customerImport.updateMany({
          where: { id: importId, state: "IMPORTING", doneRows: at },
          data: { doneRows: next },
        });
        if (claimed.count === 0) return false;
        const counts = await writeBatch(tx, {
          importId,
          rows: batch,
          now,
          actorId: head.createdById,
          duplicates: options.data.duplicates,
          teamId: options.data.teamId,
          country: options.data.country,
        });
        await tx.customerImport.update({
          where: { id: importId },
          data: {
            createdCount: { increment: counts.created },
            updatedCount: { increment: counts.updated },
            skippedCount: { increment: counts.skipped },
          },
        });
        if (last) {
          const done = await tx.customerImport.update({
            where: { id: importId },
            data: { state: "DONE", finishedAt: now },
            select: { createdCount: true, updatedCount: true, skippedCount: true, problemRows: true },
          });
          await tx.customerImportFile.deleteMany({ where: { importId } });
          await tellImportState(tx, importId, "DONE", now);
          await recordAudit(tx, {
            actorId: head.createdById,
            action: "customers.imported",
            entityType: "CustomerImport",
            entityId: importId,
            data: {
              fileName: head.fileName.slice(0, 200),
              created: done.createdCount,
              updated: done.updatedCount,
              skipped: done.skippedCount,
              leftOut: done.problemRows,
            },
          });
        } else if (outOfTime) {
          await enqueue(tx, customerImportJob, { payload: { importId, from: next }, key: `${importId}:${next}` });
        }
        return true;
      },
      { timeout: 60_000 },
    );
    if (!committed) return "stale";
    await hooks.afterBatch?.(next);
    if (last) {
      // A big import changes the table's shape; the embedded database has no autovacuum to notice.
      if (read.rows.length >= 1000) await db.$executeRawUnsafe(`ANALYZE "Customer"`);
      return "done";
    }
    if (outOfTime) return "continued";
    at = next;
    await breathe();
  }
  return "done";
}

/** Starts the import after the review: in the caller's transaction, with the claim on REVIEW. */
export async function enqueueImportStart(tx: Parameters<typeof enqueue>[0], importId: string) {
  await enqueue(tx, customerImportJob, { payload: { importId, from: 0 }, key: `${importId}:0` });
}
