"use client";

import { useRouter } from "next/navigation";
import type { KeyboardEvent, MouseEvent } from "react";
import { useTranslations } from "next-intl";
import { useTable } from "@tanstack/react-table";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/data-table-shell";
import type { LeadListRow } from "@/server/leads/list-queries";
import { useLeadListNav } from "./lead-filters-transition";
import { LeadCards } from "./lead-table-cards";
import { LeadClockProvider } from "./lead-table-clock";
import { leadColumns, leadTableFeatures } from "./lead-table-columns";

// Desktop: a dense table with a sticky header. Phones (below md): the same rows as stacked cards,
// because nine columns cannot be read at 390 px even when scrolled.

const leadHref = (id: string) => `/leads/${id}`;

export function LeadTable({ rows, serverNow }: { rows: LeadListRow[]; serverNow: string }) {
  const t = useTranslations("leadList");
  const router = useRouter();
  const { filters, apply } = useLeadListNav();
  const table = useTable({ features: leadTableFeatures, columns: leadColumns, data: rows, getRowId: (row) => row.id });

  function onRowClick(event: MouseEvent<HTMLTableRowElement>, id: string) {
    // Let links inside do their own thing, and let people select text without leaving the page.
    if ((event.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
    if (event.metaKey || event.ctrlKey) window.open(leadHref(id), "_blank", "noopener");
    else router.push(leadHref(id));
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, id: string) {
    const row = event.currentTarget;
    if (event.key === "Enter") router.push(leadHref(id));
    else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = event.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling;
      (next as HTMLElement | null)?.focus();
    }
  }

  return (
    <LeadClockProvider serverNow={serverNow}>
      <div className="hidden md:block">
        <Table caption={t("caption", { sort: t(`sorts.${filters.sort}`) })} containerClassName="max-h-[calc(100dvh-13rem)] min-h-80">
          <THead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sortable = meta?.sort;
                  return (
                    <Th
                      key={header.id}
                      numeric={meta?.numeric}
                      sort={sortable ? (filters.sort === sortable ? meta.sortDirection : "none") : undefined}
                      onSort={sortable && filters.sort !== sortable ? () => apply({ sort: sortable }) : undefined}
                    >
                      {t(`columns.${header.column.id}`)}
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
                data-testid="lead-row"
                onClick={(event) => onRowClick(event, row.id)}
                onKeyDown={(event) => onRowKeyDown(event, row.id)}
                className="focus-visible:bg-accent-50 focus-visible:outline-offset-[-2px]"
              >
                {row.getAllCells().map((cell) => (
                  <Td key={cell.id} numeric={cell.column.columnDef.meta?.numeric} className="h-14">
                    <table.FlexRender cell={cell} />
                  </Td>
                ))}
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
      <LeadCards rows={rows} className="md:hidden" />
    </LeadClockProvider>
  );
}
