"use client";
import { useState } from "react";
import type { BoardCard, BoardColumn, BoardTotals } from "@/server/leads/board-queries";
import type { OpenStage } from "@/lib/lead-stages";

// The board's cards as the user sees them: the server's columns, with moves shown at once and put
// back when the server refuses them, and the pages "Show more" added.

export type ColumnState = { stage: OpenStage; totals: BoardTotals; cards: BoardCard[]; nextCursor: string | null };

const toState = (columns: BoardColumn[]): ColumnState[] =>
  columns.map((c) => ({ stage: c.stage, totals: c.totals, cards: c.page.rows, nextCursor: c.page.nextCursor }));

function addToTotals(totals: BoardTotals, card: BoardCard, sign: 1 | -1): BoardTotals {
  const sums = totals.sums.some((s) => s.currency === card.currency)
    ? totals.sums.map((s) =>
        s.currency === card.currency ? { ...s, valueMinor: s.valueMinor + sign * card.valueMinor } : s,
      )
    : [...totals.sums, { currency: card.currency, valueMinor: sign * card.valueMinor }];
  return { count: totals.count + sign, sums: sums.filter((s) => s.valueMinor !== 0 || totals.count + sign > 0) };
}

export function useBoardColumns(columns: BoardColumn[]) {
  const [source, setSource] = useState(columns);
  const [state, setState] = useState(() => toState(columns));
  // A refresh from the server (after a move, a filter change) replaces what was shown.
  if (source !== columns) {
    setSource(columns);
    setState(toState(columns));
  }

  /** Takes the card out of its column and, for an open stage on the board, puts it on top of that one. */
  function move(card: BoardCard, to: string): ColumnState[] {
    const before = state;
    setState((cols) =>
      cols.map((col) => {
        if (col.stage === card.stage) {
          return {
            ...col,
            totals: addToTotals(col.totals, card, -1),
            cards: col.cards.filter((c) => c.id !== card.id),
          };
        }
        if (col.stage === to) {
          const moved = { ...card, stage: col.stage };
          return { ...col, totals: addToTotals(col.totals, moved, 1), cards: [moved, ...col.cards] };
        }
        return col;
      }),
    );
    return before;
  }

  function setVersion(id: string, version: number) {
    setState((cols) =>
      cols.map((col) => ({ ...col, cards: col.cards.map((c) => (c.id === id ? { ...c, version } : c)) })),
    );
  }

  function append(stage: OpenStage, cards: BoardCard[], nextCursor: string | null) {
    setState((cols) =>
      cols.map((col) => {
        if (col.stage !== stage) return col;
        const known = new Set(col.cards.map((c) => c.id));
        return { ...col, cards: [...col.cards, ...cards.filter((c) => !known.has(c.id))], nextCursor };
      }),
    );
  }

  return { columns: state, move, restore: setState, setVersion, append };
}
