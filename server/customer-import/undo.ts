import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { customerImportWhere, mayManageImports } from "@/server/access/customer-import";
import type { AppSession } from "@/server/auth/session";
import { enqueueImportUndoBatch } from "./undo-job";

// Asking for an import to be undone. Only a finished import (DONE) can be, and only once: the claim
// moves it to UNDOING in one conditional update, so a second click, a second tab or a second
// instance finds it no longer DONE and changes nothing. The work itself is the
// customer-import.undo job (undo-job.ts), enqueued in the same transaction as the claim.

export type StartUndoResult = { ok: true } | { ok: false; reason: "not_allowed" | "not_found" | "not_undoable" };

export async function startImportUndo(
  db: PrismaClient,
  session: AppSession,
  importId: string,
  now = new Date(),
): Promise<StartUndoResult> {
  if (!mayManageImports(session)) return { ok: false, reason: "not_allowed" };
  if (!z.guid().safeParse(importId).success) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx) => {
    const found = await tx.customerImport.findFirst({
      where: { AND: [{ id: importId }, customerImportWhere(session)] },
      select: { id: true },
    });
    if (!found) return { ok: false, reason: "not_found" } as const;
    const claimed = await tx.customerImport.updateMany({
      where: { id: importId, state: "DONE" },
      data: { state: "UNDOING", undoneById: session.userId, undoCursor: null },
    });
    if (claimed.count === 0) return { ok: false, reason: "not_undoable" } as const;
    await enqueueImportUndoBatch(tx, importId, null, now);
    return { ok: true } as const;
  });
}
