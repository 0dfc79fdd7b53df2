"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { callAction } from "@/server/actions/client";
import { importDecisionSchema, importIdSchema, saveMappingSchema } from "@/lib/validation/customer-import";
import { cancelImport, confirmImport } from "./start";
import { saveImportMapping } from "./mappings";

// The import page's buttons: import after the review, cancel, and save a column mapping. Managers
// only; the action client refuses anyone else before anything is read.

export type ImportActionResult = { ok: boolean; message?: string };

export const confirmImportAction = callAction({
  who: "manager",
  schema: importDecisionSchema,
  invalid: (): ImportActionResult => ({ ok: false, message: "invalid" }),
  run: async ({ session, input, db }): Promise<ImportActionResult> => {
    const result = await confirmImport(db, session, input);
    revalidatePath(`/customers/import/${input.importId}`);
    return result.ok ? { ok: true } : { ok: false, message: result.reason };
  },
});

export const cancelImportAction = callAction({
  who: "manager",
  schema: importIdSchema,
  invalid: (): ImportActionResult => ({ ok: false, message: "invalid" }),
  run: async ({ session, input, db }): Promise<ImportActionResult> => {
    const result = await cancelImport(db, session, input, new Date());
    revalidatePath(`/customers/import/${input.importId}`);
    return result.ok ? { ok: true } : { ok: false, message: result.reason };
  },
});

export const saveMappingAction = callAction({
  who: "manager",
  schema: saveMappingSchema,
  invalid: (error): ImportActionResult => ({ ok: false, message: error.issues[0]?.message ?? "invalid" }),
  run: async ({ session, input, db }): Promise<ImportActionResult> => {
    await saveImportMapping(db, session, input, new Date());
    return { ok: true };
  },
});
