"use client";

import type { ReactNode } from "react";
import { rowSelectionFeature, tableFeatures, useTable, type ColumnDef } from "@tanstack/react-table";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/data-table-shell";
import { cn } from "@/lib/cn";
import { useWideList } from "./list-layout";
import { SelectBoxCell, type ListSelection } from "./list-selection";
import { useHoverDetails } from "./hover-details";
import { useRowLink } from "./use-row-link";

// The table every list shows on wider screens: dense rows under a sticky header, each row one tab
// stop that opens its record (click, Enter; ↑/↓ move between rows). Below md the list's own cards
// take its place, because seven columns cannot be read at 390 px even when scrolled; only one of
// the two is rendered (./list-layout.tsx), so a list page carries its rows once. Sorting
// happens in the database (the URL's ?sort=): a column only says which server sort it stands for
// and in which direction that sort reads, and its header asks for it.

export type ListColumnMeta<Sort extends string = string> = {
  sort?: Sort;
  sortDirection?: "ascending" | "descending";
  numeric?: boolean;
};

/** The react-table features of a list's columns: core and row selection, with the list's column meta. */
export const listTableFeatures = <Sort extends string>() =>
  tableFeatures({ rowSelectionFeature, columnMeta: {} as ListColumnMeta<Sort> });
export type ListTableFeatures<Sort extends string> = ReturnType<typeof listTableFeatures<Sort>>;

type Props<Sort extends string, Row extends { id: string }> = {
  features: ListTableFeatures<Sort>;
  columns: ReadonlyArray<ColumnDef<ListTableFeatures<Sort>, Row>>;
  rows: Row[];
  /** Names the table for screen readers (what it lists and how it is sorted). */
  caption: string;
  /** A column's header, by column id. */
  header: (columnId: string) => string;
  sort: Sort;
  onSort: (sort: Sort) => void;
  /** The sort is read backwards: its column's arrow points the other way. */
  reversed?: boolean;
  /** Given, the sorted column's header is a button that reverses the sort. */
  onReverse?: () => void;
  href: (id: string) => string;
  rowTestId: string;
  /** The rows' height, as a Tailwind class (two-line cells need more). */
  rowHeight: string;
  /** The scroll area's height: the header sticks inside it. */
  scrollClassName: string;
  /** The same rows as phone cards (ListCards). */
  cards: ReactNode;
  /** Rows to set apart (the lead list's just-arrived leads); their cells say why. */
  marked?: { has(id: string): boolean };
  /** Checkboxes for the bulk actions (useListSelection); without it the rows cannot be selected. */
  selection?: ListSelection<Row>;
};

export function ListTable<Sort extends string, Row extends { id: string }>(props: Props<Sort, Row>) {
  const { features, columns, rows, caption, header, sort, onSort, href, rowTestId, rowHeight, scrollClassName, cards } =
    props;
  const { marked, reversed, onReverse, selection } = props;
  const flip = (d: "ascending" | "descending" | undefined) =>
    reversed ? (d === "ascending" ? "descending" : "ascending") : d;
  const rowLink = useRowLink(href);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    enableRowSelection: Boolean(selection),
    // Shift-click selects the range from the last row clicked (react-table's range selection).
    enableRowRangeSelection: true,
    state: { rowSelection: selection?.state ?? {} },
    onRowSelectionChange: selection?.onChange,
  });
  const metaOf = (def: { meta?: unknown }) => def.meta as ListColumnMeta<Sort> | undefined;
  const wide = useWideList();
  const showDetails = useHoverDetails();
  if (!wide) return <>{cards}</>;

  return (
    <Table caption={caption} containerClassName={`${scrollClassName} min-h-80`} onPointerOver={showDetails}>
      <THead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {selection ? (
              <SelectBoxCell
                header
                label={selection.pageLabel}
                checked={table.getIsAllPageRowsSelected()}
                indeterminate={table.getIsSomePageRowsSelected()}
                onChange={table.getToggleAllPageRowsSelectedHandler()}
                testId="select-page"
              />
            ) : null}
            {group.headers.map((h) => {
              const meta = metaOf(h.column.columnDef);
              const sortable = meta?.sort;
              return (
                <Th
                  key={h.id}
                  numeric={meta?.numeric}
                  sort={sortable ? (sort === sortable ? flip(meta.sortDirection) : "none") : undefined}
                  onSort={sortable ? (sort !== sortable ? () => onSort(sortable) : onReverse) : undefined}
                >
                  {header(h.column.id)}
                </Th>
              );
            })}
          </tr>
        ))}
      </THead>
      <TBody>
        {table.getRowModel().rows.map((row) => (
          <Tr
            key={row.id}
            interactive
            tabIndex={0}
            data-testid={rowTestId}
            data-fresh={marked?.has(row.id) || undefined}
            selected={row.getIsSelected()}
            {...rowLink(row.id)}
            // The row's height, once per row rather than on each cell (a table row is as tall as asked).
            className={cn(rowHeight, marked?.has(row.id) && "row-fresh")}
          >
            {selection ? (
              <SelectBoxCell
                label={selection.rowLabel(row.original)}
                checked={row.getIsSelected()}
                // React's change event carries the click, Shift included: the handler selects a range.
                onChange={row.getToggleSelectedHandler()}
              />
            ) : null}
            {row.getAllCells().map((cell) => (
              <Td key={cell.id} numeric={metaOf(cell.column.columnDef)?.numeric}>
                <table.FlexRender cell={cell} />
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
