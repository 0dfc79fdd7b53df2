"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { loadBoardColumnAction, moveLeadOnBoardAction, type BoardMoveState } from "@/server/leads/board-actions";
import type { BoardCard } from "@/server/leads/board-queries";
import type { CloseFields } from "./close-lead-dialog";
import type { ColumnState, useBoardColumns } from "./use-board-columns";

type Notice = { tone: "success" | "error"; text: string };
type Closing = { card: BoardCard; to: "WON" | "LOST" };

/**
 * The board's moves. An open stage moves at once and goes back if the server refuses (a conflict:
 * someone changed the lead since the board was drawn, and the board reloads to show what they did).
 * Won and Lost first ask, in the dialog, for what closing needs. Every outcome is said in words.
 */
export function useBoardMoves(board: ReturnType<typeof useBoardColumns>, search: string, refresh: () => void) {
  const t = useTranslations("pipeline.board");
  const tStage = useTranslations("leadList.stages");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [loading, setLoading] = useState<string | null>(null);

  async function send(card: BoardCard, to: string, fields: CloseFields): Promise<BoardMoveState> {
    try {
      return await moveLeadOnBoardAction({ leadId: card.id, version: card.version, stage: to, ...fields });
    } catch {
      return { ok: false, message: t("errors.failed") };
    }
  }

  function finish(card: BoardCard, to: string, result: BoardMoveState) {
    const stage = to === "WON" || to === "LOST" ? t(`targets.${to}`) : tStage(to);
    if (result.ok) {
      if (result.version !== undefined) board.setVersion(card.id, result.version);
      setNotice({ tone: "success", text: t("movedTo", { name: card.customerName, stage }) });
    } else {
      setNotice({ tone: "error", text: result.message });
    }
    if (result.ok || result.conflict) refresh();
  }

  async function request(card: BoardCard, to: string) {
    if (to === "WON" || to === "LOST") return setClosing({ card, to });
    const before = board.move(card, to);
    const result = await send(card, to, {});
    if (!result.ok) board.restore(before);
    finish(card, to, result);
  }

  async function confirmClose(fields: CloseFields): Promise<BoardMoveState> {
    if (!closing) return { ok: false, message: t("errors.formOutdated") };
    const { card, to } = closing;
    const result = await send(card, to, fields);
    // Field errors stay in the dialog with what was typed; anything else closes it and is said on the board.
    if (!result.ok && result.fieldErrors) return result;
    setClosing(null);
    if (result.ok) board.move(card, to);
    finish(card, to, result);
    return result;
  }

  async function loadMore(column: ColumnState) {
    if (!column.nextCursor) return;
    setLoading(column.stage);
    try {
      const result = await loadBoardColumnAction({ search, stage: column.stage, cursor: column.nextCursor });
      if (result.ok) board.append(column.stage, result.page.rows, result.page.nextCursor);
      else setNotice({ tone: "error", text: result.message });
    } catch {
      setNotice({ tone: "error", text: t("errors.failed") });
    } finally {
      setLoading(null);
    }
  }

  return { notice, closing, loading, request, confirmClose, cancelClose: () => setClosing(null), loadMore };
}
