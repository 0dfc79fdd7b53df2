"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { useTable } from "@tanstack/react-table";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/data-table-shell";
import { useRowLink } from "@/components/ui/use-row-link";
import type { CustomerListRow } from "@/server/customers/list-queries";
import { CustomerCards } from "./list-cards";
import { customerColumns, customerTableFeatures } from "./list-columns";
import { useCustomerListNav } from "./list-nav";

// Desktop: a dense table with a sticky header. Phones (below md): the same rows as cards.

export function CustomerTable({ rows, now }: { rows: CustomerListRow[]; now: string }) {
  const t = useTranslations("customerList");
  const { filters, apply } = useCustomerListNav();
  const columns = useMemo(() => customerColumns(now), [now]);
  const table = useTable({ features: customerTableFeatures, columns, data: rows, getRowId: (row) => row.id });
  const rowLink = useRowLink((id) => `/customers/${id}`);

  return (
    <>
      <div className="hidden md:block">
        <Table caption={t("caption", { sort: t(`sorts.${filters.sort}`) })} containerClassName="max-h-[calc(100dvh-15rem)] min-h-80">
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
              <Tr key={row.id} interactive tabIndex={0} data-testid="customer-row" {...rowLink(row.id)} className="focus-visible:bg-accent-50 focus-visible:outline-offset-[-2px]">
                {row.getAllCells().map((cell) => (
                  <Td key={cell.id} numeric={cell.column.columnDef.meta?.numeric} className="h-12">
                    <table.FlexRender cell={cell} />
                  </Td>
                ))}
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
      <CustomerCards rows={rows} now={now} className="md:hidden" />
    </>
  );
}
