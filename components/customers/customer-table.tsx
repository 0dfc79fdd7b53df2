"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { ListCards } from "@/components/list/list-cards";
import { useListSelection } from "@/components/list/list-selection";
import { ListTable } from "@/components/list/list-table";
import { type PackedRows, unpackRows } from "@/lib/packed-rows";
import type { CustomerListRow } from "@/server/customers/list-queries";
import { CustomerBulkActions, type CustomerBulkOptions } from "./customer-bulk-actions";
import { CustomerCard } from "./customer-card";
import { customerColumns, customerTableFeatures } from "./customer-columns";
import { useCustomerListState } from "./customer-list-state";

// The customer list's rows (components/list/list-table.tsx). No prefetch on the phone cards: fifty
// customer pages rendered ahead on every list view would cost more than a click.

const customerHref = (id: string) => `/customers/${id}`;

type Props = { rows: PackedRows<CustomerListRow>; now: string; bulk: CustomerBulkOptions };

export function CustomerTable({ rows: packed, now, bulk }: Props) {
  const rows = useMemo(() => unpackRows(packed), [packed]);
  const t = useTranslations("customerList");
  const tb = useTranslations("bulk");
  const picked = useListSelection(rows, {
    rowLabel: (customer) => tb("selectRow", { name: customer.name }),
    pageLabel: tb("selectPage"),
  });
  const { filters, apply } = useCustomerListState();
  const columns = useMemo(() => customerColumns(now), [now]);
  return (
    <>
      <ListTable
        features={customerTableFeatures}
        columns={columns}
        rows={rows}
        caption={t("caption", { sort: t(`sorts.${filters.sort}`) })}
        header={(id) => t(`columns.${id}`)}
        sort={filters.sort}
        onSort={(sort) => apply({ sort })}
        href={customerHref}
        rowTestId="customer-row"
        selection={picked.selection}
        rowHeight="h-12"
        scrollClassName="max-h-[calc(100dvh-15rem)]"
        cards={
          <ListCards
            rows={rows}
            href={customerHref}
            prefetch={false}
            testId="customer-card"
            selection={{
              isSelected: (id) => Boolean(picked.selection.state[id]),
              toggle: picked.toggle,
              label: picked.selection.rowLabel,
            }}
          >
            {(customer) => <CustomerCard customer={customer} now={now} />}
          </ListCards>
        }
      />
      <CustomerBulkActions
        selected={picked.selected}
        total={rows.length}
        options={bulk}
        onSelectAll={picked.selectAll}
        onClear={picked.clear}
      />
    </>
  );
}
