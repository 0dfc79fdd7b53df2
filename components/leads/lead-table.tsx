"use client";

import { useTranslations } from "next-intl";
import { useTable } from "@tanstack/react-table";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/data-table-shell";
import { useRowLink } from "@/components/ui/use-row-link";
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
  const rowLink = useRowLink(leadHref);
  const { filters, apply } = useLeadListNav();
  const table = useTable({ features: leadTableFeatures, columns: leadColumns, data: rows, getRowId: (row) => row.id });

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
                {...rowLink(row.id)}
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
