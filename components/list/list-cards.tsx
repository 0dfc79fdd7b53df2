import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { SelectCardBox } from "./list-selection";

// A list on a phone (below md, where ListTable shows these instead of its table): one card per
// row, the whole card a link to the record. The list draws what is inside a card.

type Props<Row extends { id: string }> = {
  rows: Row[];
  href: (id: string) => string;
  /** Off for lists whose records are costly to render ahead (fifty customer pages per view). */
  prefetch?: false;
  testId?: string;
  /** A checkbox beside each card for the bulk actions (the table's selection, useListSelection). */
  selection?: { isSelected: (id: string) => boolean; toggle: (id: string) => void; label: (row: Row) => string };
  children: (row: Row) => ReactNode;
};

export function ListCards<Row extends { id: string }>({
  rows,
  href,
  prefetch,
  testId,
  selection,
  children,
}: Props<Row>) {
  return (
    <ul className="flex flex-col gap-2">
      {rows.map((row) => (
        <li
          key={row.id}
          className={cn(
            selection && "flex rounded-lg border",
            selection && (selection.isSelected(row.id) ? "border-accent-300 bg-accent-50" : "border-line bg-surface"),
          )}
        >
          {selection ? (
            <SelectCardBox
              checked={selection.isSelected(row.id)}
              label={selection.label(row)}
              onToggle={() => selection.toggle(row.id)}
            />
          ) : null}
          <Link
            href={href(row.id)}
            prefetch={prefetch}
            data-testid={testId}
            className={cn(
              "block rounded-lg p-3 hover:bg-gray-50 focus-visible:outline-offset-0",
              selection ? "min-w-0 flex-1 py-3 pr-3 pl-0 hover:bg-transparent" : "border border-line bg-surface",
            )}
          >
            {children(row)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
