"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { callAction } from "@/server/actions/client";
import { listImports, type ImportHistoryRow } from "./history";
import { startImportUndo } from "./undo";

// The import history's actions: managers only (the action client refuses anyone else before reading
// a thing), and the services check the import rule again (server/access/customer-import.ts).

export type UndoImportResult = {
  ok: boolean;
  message?: "invalid" | "not_allowed" | "not_found" | "not_undoable";
};

/** Undo: claims the import and queues the job; the history shows its progress from here on. */
export const undoImportAction = callAction({
  who: "manager",
  schema: z.object({ importId: z.guid() }),
  invalid: (): UndoImportResult => ({ ok: false, message: "invalid" }),
  run: async ({ session, input, db }): Promise<UndoImportResult> => {
    const result = await startImportUndo(db, session, input.importId);
    if (!result.ok) return { ok: false, message: result.reason };
    revalidatePath("/customers/import", "layout");
    return { ok: true };
  },
});

export type MoreImportsResult = { ok: boolean; rows: ImportHistoryRow[]; nextCursor: string | null };

/** "Load more": the page after `cursor`, appended below the rows already shown. */
export const loadMoreImportsAction = callAction({
  who: "manager",
  schema: z.object({ cursor: z.string().min(1).max(500) }),
  invalid: (): MoreImportsResult => ({ ok: false, rows: [], nextCursor: null }),
  run: async ({ session, input, db }): Promise<MoreImportsResult> => ({
    ok: true,
    ...(await listImports(session, { cursor: input.cursor }, db)),
  }),
});
