import { z } from "zod";
import { BULK_MAX, BULK_STAGES } from "@/lib/bulk/bulk-options";

// The lists' bulk actions (server/bulk/): the rows picked on one page, capped, each lead with the
// version the list showed, so a lead changed since is skipped rather than overwritten.

const leadRows = z
  .array(z.object({ id: z.guid(), version: z.number().int().min(0).max(2_147_483_647) }))
  .min(1)
  .max(BULK_MAX)
  .refine((rows) => new Set(rows.map((r) => r.id)).size === rows.length);
const ids = z
  .array(z.guid())
  .min(1)
  .max(BULK_MAX)
  .refine((list) => new Set(list).size === list.length);

export const bulkAssignLeadsSchema = z.object({ leads: leadRows, ownerId: z.guid() });
export const bulkLeadStageSchema = z.object({
  leads: leadRows,
  stage: z.enum(BULK_STAGES as [(typeof BULK_STAGES)[number], ...(typeof BULK_STAGES)[number][]]),
});
export const bulkCustomerOwnerSchema = z.object({ customerIds: ids, ownerId: z.guid() });
/** Customers picked on the customer list, or the customers of leads picked on the lead list. */
export const bulkAddToSegmentSchema = z.union([
  z.object({ segmentId: z.guid(), customerIds: ids }),
  z.object({ segmentId: z.guid(), leadIds: ids }),
]);
export const bulkUndoSchema = z.object({ operationId: z.guid() });

export type BulkAssignLeadsInput = z.output<typeof bulkAssignLeadsSchema>;
export type BulkLeadStageInput = z.output<typeof bulkLeadStageSchema>;
export type BulkCustomerOwnerInput = z.output<typeof bulkCustomerOwnerSchema>;
export type BulkAddToSegmentInput = z.output<typeof bulkAddToSegmentSchema>;
