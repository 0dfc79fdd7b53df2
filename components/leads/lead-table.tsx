"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { ListCards } from "@/components/list/list-cards";
import { useListSelection } from "@/components/list/list-selection";
import { ListTable } from "@/components/list/list-table";
import { type PackedRows, unpackRows } from "@/lib/packed-rows";
import type { LeadListRow } from "@/server/leads/list-queries";
import { useFreshLeads } from "./fresh-leads";
import { LeadBulkActions, type LeadBulkOptions } from "./lead-bulk-actions";
import { LeadCard } from "./lead-card";
import { LeadClockProvider } from "./lead-clock";
import { leadColumns, leadTableFeatures } from "./lead-columns";
import { useLeadListState } from "./lead-list-state";

// The lead list's rows (components/list/list-table.tsx), under one clock so the times tick together.
// No prefetch of each row's lead, as on the customer list: on a phone every card in view fetched
// its lead page while the list was still loading (Lighthouse, issue 19).

const leadHref = (id: string) => `/leads/${id}`;

type Props = { rows: PackedRows<LeadListRow>; serverNow: string; bulk: LeadBulkOptions };

export function LeadTable({ rows: packed, serverNow, bulk }: Props) {
  const rows = useMemo(() => unpackRows(packed), [packed]);
  const t = useTranslations("leadList");
  const tb = useTranslations("bulk");
  const picked = useListSelection(rows, {
    rowLabel: (lead) => tb("selectRow", { name: lead.customerName }),
    pageLabel: tb("selectPage"),
  });
  const { filters, apply } = useLeadListState();
  const sortName = t(`sorts.${filters.sort}`);
  const fresh = useFreshLeads();
  return (
    <LeadClockProvider serverNow={serverNow}>
      <ListTable
        features={leadTableFeatures}
        columns={leadColumns}
        rows={rows}
        caption={filters.reverse ? t("captionReversed", { sort: sortName }) : t("caption", { sort: sortName })}
        header={(id) => t(`columns.${id}`)}
        sort={filters.sort}
        onSort={(sort) => apply({ sort, reverse: false })}
        reversed={filters.reverse}
        onReverse={() => apply({ reverse: !filters.reverse })}
        href={leadHref}
        rowTestId="lead-row"
        marked={fresh}
        selection={picked.selection}
        rowHeight="h-14"
        scrollClassName="max-h-[calc(100dvh-13rem)]"
        cards={
          <ListCards
            rows={rows}
            href={leadHref}
            prefetch={false}
            selection={{
              isSelected: (id) => Boolean(picked.selection.state[id]),
              toggle: picked.toggle,
              label: picked.selection.rowLabel,
            }}
          >
            {(lead) => <LeadCard lead={lead} />}
          </ListCards>
        }
      />
      <LeadBulkActions
        selected={picked.selected}
        total={rows.length}
        options={bulk}
        onSelectAll={picked.selectAll}
        onClear={picked.clear}
      />
    </LeadClockProvider>
  );
}
