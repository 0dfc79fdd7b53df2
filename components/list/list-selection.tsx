"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { RowSelectionState, Updater } from "@tanstack/react-table";

// Row selection for a list's bulk actions: react-table's row selection (checkbox per row, Shift
// for a range, a header box for the page) on wider screens, and the same state as a checkbox per
// card on a phone. A selection is one page's rows: when the page changes, rows no longer shown
// leave it, so an action never reaches rows the user cannot see ("select all on this page").

export type ListSelection<Row> = {
  state: RowSelectionState;
  onChange: (updater: Updater<RowSelectionState>) => void;
  /** "Select Kari Nordmann": each checkbox's name for screen readers. */
  rowLabel: (row: Row) => string;
  pageLabel: string;
};

export function useListSelection<R extends { id: string }>(
  rows: R[],
  labels: { rowLabel: (row: R) => string; pageLabel: string },
) {
  const [picked, setState] = useState<RowSelectionState>({});
  // Only rows on the page count: after a refresh, rows that left it (assigned away, say) leave the
  // selection too, so an action reaches only rows the user sees.
  const state = useMemo(
    () => Object.fromEntries(rows.filter((r) => picked[r.id]).map((r) => [r.id, true as const])),
    [rows, picked],
  );
  const selected = useMemo(() => rows.filter((r) => state[r.id]), [rows, state]);
  const selection: ListSelection<R> = {
    state,
    onChange: (updater) => setState(typeof updater === "function" ? updater(state) : updater),
    ...labels,
  };
  return {
    selection,
    selected,
    clear: () => setState({}),
    toggle: (id: string) =>
      setState(() => {
        const next = { ...state };
        if (next[id]) delete next[id];
        else next[id] = true;
        return next;
      }),
    selectAll: () => setState(Object.fromEntries(rows.map((r) => [r.id, true as const]))),
  };
}

const BOX = "size-4 cursor-pointer accent-accent-600";

/** Clicks and keys on a checkbox stay there: the row around it opens its record. */
const keep = {
  onClick: (e: MouseEvent) => e.stopPropagation(),
  onKeyDown: (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") e.stopPropagation();
  },
};

/** The checkbox column: a row's box, or (header) the page's, mixed while some rows are picked. */
export function SelectBoxCell(props: {
  header?: boolean;
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  onChange: (event: unknown) => void;
  /** The header's box only: a row's is its row's one checkbox (fifty test ids were 1.2 kB of a list). */
  testId?: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const mixed = Boolean(props.indeterminate) && !props.checked;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  // A row's box is styled by its cell (`select-cell`, app/globals.css): fifty rows, one class each.
  const box = (
    <label
      className={props.header ? "flex min-h-9 w-11 cursor-pointer items-center justify-center self-stretch" : undefined}
    >
      <input
        ref={ref}
        type="checkbox"
        className={props.header ? BOX : undefined}
        data-testid={props.testId}
        checked={props.checked}
        onChange={props.onChange}
      />
      {/* Text, not aria-label: it also names the header cell for screen readers. */}
      <span className="sr-only">{props.label}</span>
    </label>
  );
  return props.header ? (
    <th scope="col" className="h-9 w-11 border-b border-line p-0" {...keep}>
      {box}
    </th>
  ) : (
    <td className="select-cell" {...keep}>
      {box}
    </td>
  );
}

/** A phone card's checkbox, beside the card's link: 44 px for a finger. */
export function SelectCardBox({ checked, label, onToggle }: { checked: boolean; label: string; onToggle: () => void }) {
  return (
    <label className="flex w-11 shrink-0 cursor-pointer items-center justify-center self-stretch">
      <input
        type="checkbox"
        className="size-5 cursor-pointer accent-accent-600"
        aria-label={label}
        data-testid="select-card"
        checked={checked}
        onChange={onToggle}
      />
    </label>
  );
}
