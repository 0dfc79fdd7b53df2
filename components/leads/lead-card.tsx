"use client";

import { useTranslations } from "next-intl";
import type { LeadListRow } from "@/server/leads/list-queries";
import { FollowUpWhen, SlaBadge } from "./lead-cells";
import { contactLine, FreshMark, OwnerName, ScoreWithReadiness, SourceLine } from "./lead-columns";

// A lead on a phone, inside its card link (components/list/list-cards.tsx). The response badge sits
// next to the name because it decides who to call first (and carries the waiting time).

export function LeadCard({ lead }: { lead: LeadListRow }) {
  const t = useTranslations("leadList");
  return (
    <>
      <span className="flex items-start justify-between gap-2">
        <span className="min-w-0">
          <span className="flex min-w-0 items-center gap-1.5">
            <span className="block truncate font-medium text-ink">{lead.customerName}</span>
            <FreshMark id={lead.id} />
          </span>
          <span className="cell-sub">{contactLine(lead) ?? t("noContact")}</span>
        </span>
        <SlaBadge row={lead} />
      </span>
      <span className="mt-2 block truncate text-sm text-ink">{lead.interest}</span>
      <SourceLine lead={lead} />
      <span className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-muted">
        <ScoreWithReadiness lead={lead} />
        <span>{t(`stages.${lead.stage}`)}</span>
        <span>
          {t("columns.followUp")}: <FollowUpWhen at={lead.nextFollowUpAt} />
        </span>
        <OwnerName name={lead.ownerName} />
      </span>
    </>
  );
}
