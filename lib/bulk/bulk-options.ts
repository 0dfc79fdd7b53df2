import { OPEN_STAGES, type OpenStage } from "@/lib/lead-stages";

// What the lists' bulk actions offer, safe in the browser (no zod: components/client-imports.test.ts).

/** At most this many rows per bulk action: a page or two, never "everything matching". */
export const BULK_MAX = 200;

/**
 * Bulk stage changes stay among the open stages. Closing is one lead at a time: Won asks for the
 * lead's value, Lost for its reason, and closing clears the response clock and the next follow-up,
 * which an undo could not put back.
 */
export const BULK_STAGES: readonly OpenStage[] = OPEN_STAGES;

export const BULK_KINDS = ["lead.assign", "lead.stage", "customer.owner", "customer.segment"] as const;
export type BulkKind = (typeof BULK_KINDS)[number];

/** Why a selected row was left as it was. */
export const BULK_SKIPS = ["not_allowed", "conflict", "taken"] as const;
export type BulkSkip = (typeof BULK_SKIPS)[number];

/** An action's answer: what the toast says, and the operation its Undo undoes (null: nothing changed). */
export type BulkResult = { ok: boolean; message: string; operationId?: string | null };
