"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { LeadListRow } from "@/server/leads/list-queries";
import { FollowUpWhen, SlaBadge } from "./lead-table-cells";
import { contactLine, OwnerName, ScoreWithReadiness, SourceLine } from "./lead-table-columns";

// The lead list on a phone: one card per lead, the whole card a link. The response badge sits
// next to the name because it decides who to call first (and carries the waiting time).

export function LeadCards({ rows, className }: { rows: LeadListRow[]; className?: string }) {
  const t = useTranslations("leadList");
  return (
    <ul className={cn("flex flex-col gap-2", className)}>
      {rows.map((lead) => (
        <li key={lead.id}>
          <Link
            href={`/leads/${lead.id}`}
            className="block rounded-lg border border-line bg-surface p-3 hover:bg-gray-50 focus-visible:outline-offset-0"
          >
            <span className="flex items-start justify-between gap-2">
              <span className="min-w-0">
                <span className="block truncate font-medium text-ink">{lead.customerName}</span>
                <span className="block truncate text-xs text-ink-muted">{contactLine(lead) ?? t("noContact")}</span>
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
          </Link>
        </li>
      ))}
    </ul>
  );
}
