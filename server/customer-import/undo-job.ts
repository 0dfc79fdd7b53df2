import "server-only";
import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { recordAudit } from "@/server/audit";
import { defineJob } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { restoreUpdatedCustomers } from "./undo-restore";

// Undoing an import, one batch of its changes per job, each batch in ONE transaction: claim the
// import at its cursor, read the next changes in customer id order, remove the customers it
// created that nobody has worked on since, put back what it changed on the others, add to the
// counts, move the cursor and enqueue the next batch. A worker that dies mid-batch commits none of
// it and the runner's retry does the same batch again; a copy of a batch already done finds the
// cursor moved and does nothing. So no customer is handled twice and the counts stay true.

export const UNDO_BATCH_SIZE = 1000;

/** What the import job writes as a created customer's consent history (occurredAt = change.at). */
import { IMPORT_CONSENT_SOURCE } from "./write-batch";

export { IMPORT_CONSENT_SOURCE };

const payload = z.object({ importId: z.guid(), after: z.guid().nullable() });

export const customerImportUndoJob = defineJob({
  kind: "customer-import.undo",
  payload,
  run: ({ importId, after }, { prisma, now }) => runImportUndoBatch(prisma, importId, after, now).then(() => {}),
});

type Tx = Prisma.TransactionClient;

/** Enqueues the batch that continues the undo after customer id `after` (null: from the start), due `now`. */
export async function enqueueImportUndoBatch(tx: Tx, importId: string, after: string | null, now: Date) {
  await enqueue(tx, customerImportUndoJob, {
    payload: { importId, after },
    key: `${importId}:${after ?? "start"}`,
    runAt: now,
  });
}

type ChangeRow = {
  customerId: string;
  kind: "CREATED" | "UPDATED";
  before: unknown;
  erased: boolean;
  touched: boolean;
};

/**
 * The next changes after the cursor, with whether a created customer has been worked on since:
 * changed after the import (updatedAt moves on every write), erased, or with anything of its own
 * that the import did not make — every relation of Customer in schema.prisma. The customers are
 * locked: a touchpoint or lead written meanwhile waits for this batch, and then finds no customer.
 */
function readChanges(tx: Tx, importId: string, after: string | null, size: number) {
  const of = (table: string) =>
    Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} x WHERE x."customerId" = c.id)`;
  return tx.$queryRaw<ChangeRow[]>`
    SELECT ch."customerId"::text AS "customerId", ch.kind::text AS kind, ch.before,
           c."erasedAt" IS NOT NULL AS erased,
           (c."updatedAt" <> ch.at OR c."erasedAt" IS NOT NULL
            OR ${of("Touchpoint")} OR ${of("Lead")} OR ${of("Order")} OR ${of("Message")}
            OR ${of("LoyaltyEntry")} OR ${of("AutomationRun")} OR ${of("User")}
            OR EXISTS (SELECT 1 FROM "ConsentEvent" x WHERE x."customerId" = c.id
                       AND NOT (x.source = ${IMPORT_CONSENT_SOURCE} AND x."occurredAt" = ch.at))
            OR EXISTS (SELECT 1 FROM "CustomerImportChange" x WHERE x."customerId" = c.id
                       AND x."importId" <> ch."importId")) AS touched
      FROM "CustomerImportChange" ch JOIN "Customer" c ON c.id = ch."customerId"
     WHERE ch."importId" = ${importId}::uuid
       AND (${after}::uuid IS NULL OR ch."customerId" > ${after}::uuid)
     ORDER BY ch."customerId"
     LIMIT ${size}
       FOR UPDATE OF c`;
}

export type UndoBatchOutcome = "stale" | "continued" | "done";

/** Test hook: runs inside the batch's transaction before it commits (a test throws to "crash"). */
export type UndoBatchHooks = { beforeCommit?: () => void | Promise<void> };

export async function runImportUndoBatch(
  db: PrismaClient,
  importId: string,
  after: string | null,
  now: Date,
  hooks: UndoBatchHooks = {},
  size = UNDO_BATCH_SIZE,
): Promise<UndoBatchOutcome> {
  return db.$transaction(
    async (tx) => {
      // The claim: another copy of this batch, or an import not being undone, stops here.
      const claimed = await tx.customerImport.updateMany({
        where: { id: importId, state: "UNDOING", undoCursor: after },
        data: { undoCursor: after },
      });
      if (claimed.count === 0) return "stale";
      const { undoneById } = await tx.customerImport.findUniqueOrThrow({
        where: { id: importId },
        select: { undoneById: true },
      });
      const changes = await readChanges(tx, importId, after, size);
      const created = changes.filter((c) => c.kind === "CREATED");
      const removable = created.filter((c) => !c.touched).map((c) => c.customerId);
      if (removable.length) {
        // Only the import's own consent rows are left on them (anything else made them "touched").
        await tx.consentEvent.deleteMany({ where: { customerId: { in: removable } } });
        await tx.consent.deleteMany({ where: { customerId: { in: removable } } });
        await tx.customer.deleteMany({ where: { id: { in: removable } } }); // its change rows go along
      }
      const updated = changes.filter((c) => c.kind === "UPDATED");
      const { restored, unchanged } = await restoreUpdatedCustomers(tx, updated, { now, actorId: undoneById });
      const done = changes.length < size;
      const counts = await tx.customerImport.update({
        where: { id: importId },
        data: {
          undoCursor: changes.at(-1)?.customerId ?? after,
          undoRemoved: { increment: removable.length },
          undoKept: { increment: created.length - removable.length },
          undoRestored: { increment: restored },
          undoUnchanged: { increment: unchanged },
          ...(done ? { state: "UNDONE", undoneAt: now } : {}),
        },
        select: { undoCursor: true, undoRemoved: true, undoKept: true, undoRestored: true, undoUnchanged: true },
      });
      if (done)
        await recordAudit(tx, {
          actorId: undoneById,
          action: "customers.import_undone",
          entityType: "CustomerImport",
          entityId: importId,
          data: {
            removed: counts.undoRemoved,
            kept: counts.undoKept,
            restored: counts.undoRestored,
            unchanged: counts.undoUnchanged,
          },
        });
      else await enqueueImportUndoBatch(tx, importId, counts.undoCursor, now);
      await hooks.beforeCommit?.();
      return done ? "done" : "continued";
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
