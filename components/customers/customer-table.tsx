"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { ListCards } from "@/components/list/list-cards";
import { ListTable } from "@/components/list/list-table";
import type { CustomerListRow } from "@/server/customers/list-queries";
import { CustomerCard } from "./customer-card";
import { customerColumns, customerTableFeatures } from "./customer-columns";
import { useCustomerListState } from "./customer-list-state";

// The customer list's rows (components/list/list-table.tsx). No prefetch on the phone cards: fifty
// customer pages rendered ahead on every list view would cost more than a click.

const customerHref = (id: string) => `/customers/${id}`;

export function CustomerTable({ rows, now }: { rows: CustomerListRow[]; now: string }) {
  const t = useTranslations("customerList");
  const { filters, apply } = useCustomerListState();
  const columns = useMemo(() => customerColumns(now), [now]);
  return (
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
      rowHeight="h-12"
      scrollClassName="max-h-[calc(100dvh-15rem)]"
      cards={
        <ListCards rows={rows} href={customerHref} prefetch={false} testId="customer-card">
          {(customer) => <CustomerCard customer={customer} now={now} />}
        </ListCards>
      }
    />
  );
}
