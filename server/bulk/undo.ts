import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { LeadStage } from "@/generated/prisma/enums";
import type { BulkKind } from "@/lib/bulk/bulk-options";
import type { AppSession } from "@/server/auth/session";
import { customerListWhere } from "@/server/access/customer";
import { leadWhere } from "@/server/access/lead";
import { segmentWriteWhere } from "@/server/access/segment";
import { recordAudit } from "@/server/audit";
import { moveLeadStage } from "@/server/leads/stage-service";
import { emitWebhookEvent } from "@/server/webhooks/emit";
import { joinTransaction, newOutcome, readRows, skip, type BulkOutcome, type ChangedRow } from "./operation";

// Undo right after a bulk change: by the person who made it, within UNDO_WINDOW_MS, once. Each row
// goes back to its value before only if nothing has changed it since — a lead still at the version
// the change left it at, a customer still with the owner it was given — else it is skipped and
// counted. Undo is itself a change: audited per row like the change was, plus one entry for the undo.

type Tx = Prisma.TransactionClient;

/** Long enough to notice a slip, short enough that nobody undoes over a colleague's day. */
export const UNDO_WINDOW_MS = 5 * 60 * 1000;

export type UndoResult =
  { ok: true; kind: BulkKind; outcome: BulkOutcome } | { ok: false; reason: "not_found" | "expired" };

export async function undoBulkOperation(
  db: PrismaClient,
  session: AppSession,
  operationId: string,
  now: Date,
): Promise<UndoResult> {
  return db.$transaction(async (tx): Promise<UndoResult> => {
    const op = await tx.bulkOperation.findFirst({
      where: { id: operationId, actorId: session.userId, undoneAt: null },
      select: { id: true, kind: true, rows: true, createdAt: true },
    });
    if (!op) return { ok: false, reason: "not_found" };
    if (now.getTime() - op.createdAt.getTime() > UNDO_WINDOW_MS) return { ok: false, reason: "expired" };
    // The claim: a second undo (a double click, another tab) finds it undone and does nothing.
    const claimed = await tx.bulkOperation.updateMany({
      where: { id: op.id, undoneAt: null },
      data: { undoneAt: now },
    });
    if (claimed.count === 0) return { ok: false, reason: "not_found" };
    const kind = op.kind as BulkKind;
    const rows = readRows(op.rows);
    const outcome = newOutcome();
    const undo = UNDO[kind];
    for (const row of rows) {
      if (await undo(tx, session, row, { id: op.id, createdAt: op.createdAt }, now)) outcome.changed.push(row);
      else skip(outcome, "conflict");
    }
    if (kind === "customer.segment" && outcome.changed.length)
      await recordAudit(tx, {
        actorId: session.userId,
        action: "segment.members_removed",
        entityType: "Segment",
        entityId: rows[0].after!,
        data: { customerIds: outcome.changed.map((r) => r.id), bulkOperationId: op.id },
      });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "bulk.undone",
      entityType: "BulkOperation",
      entityId: op.id,
      data: { kind, restored: outcome.changed.map((r) => r.id), skipped: rows.length - outcome.changed.length },
    });
    return { ok: true, kind, outcome };
  });
}

type UndoRow = (
  tx: Tx,
  session: AppSession,
  row: ChangedRow,
  op: { id: string; createdAt: Date },
  now: Date,
) => Promise<boolean>;

const undoLeadOwner: UndoRow = async (tx, session, row, op, now) => {
  const updated = await tx.lead.updateMany({
    where: { AND: [{ id: row.id, version: row.version, ownerId: row.after }, leadWhere(session)] },
    data: { ownerId: row.before, version: { increment: 1 } },
  });
  if (updated.count === 0) return false;
  await recordAudit(tx, {
    actorId: session.userId,
    action: "lead.reassigned",
    entityType: "Lead",
    entityId: row.id,
    data: { from: row.after, to: row.before, bulkUndoOf: op.id },
  });
  await emitWebhookEvent(tx, {
    type: "lead.assigned",
    data: { leadId: row.id, from: row.after, to: row.before, via: "undo" },
    occurredAt: now,
  });
  return true;
};

const undoLeadStage: UndoRow = async (tx, session, row, _op, now) => {
  const result = await moveLeadStage(
    joinTransaction(tx),
    session,
    { leadId: row.id, stage: row.before as LeadStage, lostReason: null, version: row.version },
    now,
  );
  return result.ok && result.changed;
};

const undoCustomerOwner: UndoRow = async (tx, session, row) => {
  const updated = await tx.customer.updateMany({
    where: { AND: [{ id: row.id, ownerId: row.after }, customerListWhere(session)] },
    data: { ownerId: row.before },
  });
  if (updated.count === 0) return false;
  await recordAudit(tx, {
    actorId: session.userId,
    action: "customer.updated",
    entityType: "Customer",
    entityId: row.id,
    data: { fields: ["ownerId"], from: row.after, to: row.before },
  });
  return true;
};

/** Only the membership this operation added: one removed and added again since is someone else's. */
const undoSegmentMember: UndoRow = async (tx, session, row, op) => {
  const removed = await tx.segmentMember.deleteMany({
    where: {
      segmentId: row.after!,
      customerId: row.id,
      addedById: session.userId,
      addedAt: op.createdAt,
      segment: segmentWriteWhere(session),
    },
  });
  return removed.count > 0;
};

const UNDO: Record<BulkKind, UndoRow> = {
  "lead.assign": undoLeadOwner,
  "lead.stage": undoLeadStage,
  "customer.owner": undoCustomerOwner,
  "customer.segment": undoSegmentMember,
};
