"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { createColumnHelper, type CellContext } from "@tanstack/react-table";
import { listTableFeatures } from "@/components/list/list-table";
import { formatPhone } from "@/lib/format-phone";
import type { LeadSort } from "@/lib/validation/lead-filter-options";
import type { LeadListRow } from "@/server/leads/list-queries";
import { Badge } from "@/components/ui/badge";
import { useFreshLeads } from "./fresh-leads";
import { FollowUpWhen, ReadinessBadge, SlaBadge, WaitingTime } from "./lead-cells";

// The lead table's columns; a sortable one names its server sort (components/list/list-table.tsx).

export const leadTableFeatures = listTableFeatures<LeadSort>();
type Ctx = CellContext<typeof leadTableFeatures, LeadListRow, unknown>;
const helper = createColumnHelper<typeof leadTableFeatures, LeadListRow>();

export function contactLine(row: Pick<LeadListRow, "customerPhone" | "customerEmail">): string | null {
  return row.customerPhone ? formatPhone(row.customerPhone) : row.customerEmail;
}

/** "New" beside a lead the live indicator just showed (components/leads/fresh-leads.ts). */
export function FreshMark({ id }: { id: string }) {
  const t = useTranslations("leadList.live");
  const fresh = useFreshLeads().get(id);
  return fresh ? (
    <Badge tone="accent" className="shrink-0" data-testid="fresh-mark">
      {t(fresh === "new" ? "markedNew" : "markedChanged")}
    </Badge>
  ) : null;
}

function CustomerCell({ row: { original: lead } }: Ctx) {
  const t = useTranslations("leadList");
  const contact = [lead.customerPhone && formatPhone(lead.customerPhone), lead.customerEmail]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="cell-box" title={contact || t("noContact")}>
      {/* Rows are the keyboard target (one tab stop each); the link is for the mouse and new tabs. */}
      <span className="cell-line">
        <Link href={`/leads/${lead.id}`} prefetch={false} tabIndex={-1} className="cell-title">
          {lead.customerName}
        </Link>
        <FreshMark id={lead.id} />
      </span>
      <span className="cell-sub">{contactLine(lead) ?? t("noContact")}</span>
    </div>
  );
}

export function SourceLine({ lead }: { lead: LeadListRow }) {
  const t = useTranslations("leadList");
  return (
    <span className="cell-sub">
      {t(`channels.${lead.sourceChannel}`)}
      {lead.campaignName ? ` · ${t("campaign", { name: lead.campaignName })}` : null}
    </span>
  );
}

function InterestCell({ row: { original: lead } }: Ctx) {
  return (
    <div className="cell-box">
      <span className="block truncate">{lead.interest}</span>
      <SourceLine lead={lead} />
    </div>
  );
}

export function ScoreWithReadiness({ lead }: { lead: LeadListRow }) {
  const format = useFormatter();
  return (
    <span className="cell-pair">
      <span className="cell-score">{format.number(lead.score)}</span>
      <ReadinessBadge readiness={lead.readiness} />
    </span>
  );
}

function StageOwnerCell({ row: { original: lead } }: Ctx) {
  const t = useTranslations("leadList");
  return (
    <div className="min-w-0">
      <span className="block">{t(`stages.${lead.stage}`)}</span>
      <span className="cell-sub">
        <OwnerName name={lead.ownerName} />
      </span>
    </div>
  );
}

export function OwnerName({ name }: { name: string | null }) {
  const t = useTranslations("leadList");
  if (!name) return <span className="text-ink-subtle italic">{t("unassigned")}</span>;
  return <span className="cell-clip">{name}</span>;
}

export const leadColumns = helper.columns([
  helper.display({ id: "customer", cell: CustomerCell }),
  helper.display({ id: "interest", cell: InterestCell }),
  helper.display({
    id: "waiting",
    cell: ({ row }: Ctx) => <WaitingTime since={row.original.waitingSince} />,
    meta: { sort: "waiting", sortDirection: "descending", numeric: true },
  }),
  helper.display({
    id: "sla",
    cell: ({ row }: Ctx) => <SlaBadge row={row.original} />,
    meta: { sort: "sla", sortDirection: "ascending" },
  }),
  helper.display({
    id: "score",
    cell: ({ row }: Ctx) => <ScoreWithReadiness lead={row.original} />,
    meta: { sort: "score", sortDirection: "descending" },
  }),
  helper.display({ id: "followUp", cell: ({ row }: Ctx) => <FollowUpWhen at={row.original.nextFollowUpAt} /> }),
  // Stage and owner share a column (two lines) so the table fits a laptop screen without scrolling.
  helper.display({ id: "stageOwner", cell: StageOwnerCell }),
]);
