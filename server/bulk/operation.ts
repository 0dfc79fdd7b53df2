import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { BulkKind, BulkSkip } from "@/lib/bulk/bulk-options";

// A bulk change's record (BulkOperation): per changed row, its value before and the value and
// version it was left at. Undo (undo.ts) reads it back; process memory would lose it on a restart
// or on another instance.

type Tx = Prisma.TransactionClient;

/** One changed row. `version`: the lead's version after the change (customers have none). */
export type ChangedRow = { id: string; before: string | null; after: string | null; version?: number };

/** What one bulk run did: the rows changed, those already so, and those skipped and why. */
export type BulkOutcome = { changed: ChangedRow[]; unchanged: number; skipped: Partial<Record<BulkSkip, number>> };

export const newOutcome = (): BulkOutcome => ({ changed: [], unchanged: 0, skipped: {} });

export function skip(outcome: BulkOutcome, reason: BulkSkip): void {
  outcome.skipped[reason] = (outcome.skipped[reason] ?? 0) + 1;
}

/** Keeps the changed rows for undo; null when nothing changed (nothing to undo). */
export async function saveOperation(
  tx: Tx,
  actorId: string,
  kind: BulkKind,
  outcome: BulkOutcome,
  now: Date,
): Promise<string | null> {
  if (!outcome.changed.length) return null;
  const op = await tx.bulkOperation.create({
    data: { actorId, kind, rows: outcome.changed as Prisma.InputJsonArray, createdAt: now },
    select: { id: true },
  });
  return op.id;
}

export function readRows(json: Prisma.JsonValue): ChangedRow[] {
  return Array.isArray(json) ? (json as unknown as ChangedRow[]) : [];
}

/**
 * Runs a service written for a whole client (it opens its own transaction) inside `tx`: every
 * row of a bulk action goes through the same service as a single change, with the same access
 * rule, version check and audit, and all rows commit together. Prisma has no nested transactions;
 * the service's $transaction(fn) just runs fn on the outer one.
 */
export function joinTransaction(tx: Tx): PrismaClient {
  const joined = new Proxy(tx, {
    get: (target, key, receiver) =>
      key === "$transaction" ? (fn: (t: Tx) => unknown) => fn(target) : Reflect.get(target, key, receiver),
  });
  return joined as unknown as PrismaClient;
}
