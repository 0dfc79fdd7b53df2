"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { boardColumnSchema, boardMoveSchema } from "@/lib/validation/board-move";
import { parseLeadFilters } from "@/lib/validation/lead-filters";
import { callAction } from "@/server/actions/client";
import type { ListPage } from "@/server/lists/list-page";
import { findBoardColumn, type BoardCard } from "./board-queries";
import { moveLeadStage } from "./stage-service";

// The pipeline board's one write and its "Show more" read, through the action client (who:
// "staff"). A move is moveLeadStage under the lead rule of server/access/lead.ts, checked against the
// version the board showed: a lead someone changed since is refused as a conflict, and the board
// puts the card back. A lead outside the caller's scope is "not found", as everywhere.

export type BoardMoveState = {
  ok: boolean;
  message: string;
  /** The lead changed since the board was drawn: the card goes back and the board reloads. */
  conflict?: boolean;
  fieldErrors?: Partial<Record<"lostReasonId" | "lostReason" | "value", string>>;
  version?: number;
};

const FIELDS = new Set(["lostReasonId", "lostReason", "value"]);
const CODES = new Set(["reasonRequired", "detailsTooLong", "valueInvalid"]);

export const moveLeadOnBoardAction = callAction({
  who: "staff",
  schema: boardMoveSchema,
  invalid: async (error): Promise<BoardMoveState> => {
    const t = await getTranslations("pipeline.board.errors");
    const fieldErrors: BoardMoveState["fieldErrors"] = {};
    for (const issue of error.issues) {
      const field = String(issue.path[0]);
      if (FIELDS.has(field) && CODES.has(issue.message)) {
        fieldErrors[field as "value"] ??= t(issue.message as "valueInvalid");
      }
    }
    return Object.keys(fieldErrors).length
      ? { ok: false, message: t("fixErrors"), fieldErrors }
      : { ok: false, message: t("formOutdated") };
  },
  run: async ({ session, input, db }): Promise<BoardMoveState> => {
    const t = await getTranslations("pipeline.board");
    const result = await moveLeadStage(db, session, { ...input, via: "board" }, new Date());
    if (result.ok) {
      revalidatePath("/leads", "layout");
      return { ok: true, message: t("moved"), version: result.version };
    }
    switch (result.reason) {
      case "conflict":
        return { ok: false, conflict: true, message: t("errors.conflict") };
      case "lost_reason_required":
        return { ok: false, message: t("errors.fixErrors"), fieldErrors: { lostReasonId: t("errors.reasonRequired") } };
      case "lost_reason_invalid":
        return { ok: false, message: t("errors.fixErrors"), fieldErrors: { lostReasonId: t("errors.reasonGone") } };
      default:
        return { ok: false, message: t("errors.notFound") };
    }
  },
});

export type BoardColumnState = { ok: true; page: ListPage<BoardCard> } | { ok: false; message: string };

export const loadBoardColumnAction = callAction({
  who: "staff",
  schema: boardColumnSchema,
  invalid: async (): Promise<BoardColumnState> => ({
    ok: false,
    message: (await getTranslations("pipeline.board.errors"))("formOutdated"),
  }),
  run: async ({ session, input }): Promise<BoardColumnState> => {
    const filters = parseLeadFilters(new URLSearchParams(input.search));
    return { ok: true, page: await findBoardColumn(session, filters, input.stage, input.cursor) };
  },
});
