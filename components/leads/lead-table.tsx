"use client";

import { useTranslations } from "next-intl";
import { ListCards } from "@/components/list/list-cards";
import { ListTable } from "@/components/list/list-table";
import type { LeadListRow } from "@/server/leads/list-queries";
import { useFreshLeads } from "./fresh-leads";
import { LeadCard } from "./lead-card";
import { LeadClockProvider } from "./lead-clock";
import { leadColumns, leadTableFeatures } from "./lead-columns";
import { useLeadListState } from "./lead-list-state";

// The lead list's rows (components/list/list-table.tsx), under one clock so the times tick together.

const leadHref = (id: string) => `/leads/${id}`;

export function LeadTable({ rows, serverNow }: { rows: LeadListRow[]; serverNow: string }) {
  const t = useTranslations("leadList");
  const { filters, apply } = useLeadListState();
  const fresh = useFreshLeads();
  return (
    <LeadClockProvider serverNow={serverNow}>
      <ListTable
        features={leadTableFeatures}
        columns={leadColumns}
        rows={rows}
        caption={t("caption", { sort: t(`sorts.${filters.sort}`) })}
        header={(id) => t(`columns.${id}`)}
        sort={filters.sort}
        onSort={(sort) => apply({ sort })}
        href={leadHref}
        rowTestId="lead-row"
        marked={fresh}
        rowHeight="h-14"
        scrollClassName="max-h-[calc(100dvh-13rem)]"
        cards={
          <ListCards rows={rows} href={leadHref}>
            {(lead) => <LeadCard lead={lead} />}
          </ListCards>
        }
      />
    </LeadClockProvider>
  );
}
