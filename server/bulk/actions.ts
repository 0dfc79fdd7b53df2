"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { BulkResult } from "@/lib/bulk/bulk-options";
import {
  bulkAddToSegmentSchema,
  bulkAssignLeadsSchema,
  bulkCustomerOwnerSchema,
  bulkLeadStageSchema,
  bulkUndoSchema,
} from "@/lib/validation/bulk";
import { callAction } from "@/server/actions/client";
import { bulkAddToSegment, bulkAssignCustomerOwner } from "./customer-bulk";
import { bulkAssignLeads, bulkMoveLeadStage } from "./lead-bulk";
import { summarise } from "./summary";
import { undoBulkOperation } from "./undo";

// The lead and customer lists' bulk actions and their Undo. Staff only; each service reaches rows
// through the lead, customer and segment rules (server/access/) row by row inside one transaction,
// so what a user may not write is skipped and counted, never written.

const invalid = async (): Promise<BulkResult> => ({
  ok: false,
  message: (await getTranslations("bulk"))("result.invalid"),
});

function refresh(): void {
  revalidatePath("/leads");
  revalidatePath("/customers");
}

export const bulkAssignLeadsAction = callAction({
  who: "staff",
  schema: bulkAssignLeadsSchema,
  invalid,
  run: async ({ session, input, db }): Promise<BulkResult> => {
    const t = await getTranslations("bulk");
    const result = await bulkAssignLeads(db, session, input, new Date());
    if (!result.ok) return { ok: false, message: t("result.ownerInvalid") };
    refresh();
    const headline = t("result.assigned", { count: result.outcome.changed.length, name: result.ownerName ?? "" });
    return { ok: true, message: summarise(t, headline, result.outcome), operationId: result.operationId };
  },
});

export const bulkLeadStageAction = callAction({
  who: "staff",
  schema: bulkLeadStageSchema,
  invalid,
  run: async ({ session, input, db }): Promise<BulkResult> => {
    const [t, tl] = await Promise.all([getTranslations("bulk"), getTranslations("leadList")]);
    const result = await bulkMoveLeadStage(db, session, input, new Date());
    if (!result.ok) return { ok: false, message: t("result.invalid") };
    refresh();
    const headline = t("result.staged", { count: result.outcome.changed.length, stage: tl(`stages.${input.stage}`) });
    return { ok: true, message: summarise(t, headline, result.outcome), operationId: result.operationId };
  },
});

export const bulkCustomerOwnerAction = callAction({
  who: "staff",
  schema: bulkCustomerOwnerSchema,
  invalid,
  run: async ({ session, input, db }): Promise<BulkResult> => {
    const t = await getTranslations("bulk");
    const result = await bulkAssignCustomerOwner(db, session, input, new Date());
    if (!result.ok) return { ok: false, message: t("result.ownerInvalid") };
    refresh();
    const headline = t("result.owned", { count: result.outcome.changed.length, name: result.name });
    return { ok: true, message: summarise(t, headline, result.outcome), operationId: result.operationId };
  },
});

export const bulkAddToSegmentAction = callAction({
  who: "staff",
  schema: bulkAddToSegmentSchema,
  invalid,
  run: async ({ session, input, db }): Promise<BulkResult> => {
    const t = await getTranslations("bulk");
    const result = await bulkAddToSegment(db, session, input, new Date());
    if (!result.ok) return { ok: false, message: t("result.segmentNotFound") };
    refresh();
    const headline = t("result.added", { count: result.outcome.changed.length, name: result.name });
    return { ok: true, message: summarise(t, headline, result.outcome), operationId: result.operationId };
  },
});

export const undoBulkAction = callAction({
  who: "staff",
  schema: bulkUndoSchema,
  invalid,
  run: async ({ session, input, db }): Promise<BulkResult> => {
    const t = await getTranslations("bulk");
    const result = await undoBulkOperation(db, session, input.operationId, new Date());
    if (!result.ok)
      return { ok: false, message: t(result.reason === "expired" ? "result.undoExpired" : "result.undoGone") };
    refresh();
    const headline = t("result.undone", { count: result.outcome.changed.length });
    return { ok: true, message: summarise(t, headline, result.outcome), operationId: null };
  },
});
