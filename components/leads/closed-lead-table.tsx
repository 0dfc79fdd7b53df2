"use client";

import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { createColumnHelper, type CellContext } from "@tanstack/react-table";
import { ListCards } from "@/components/list/list-cards";
import { ListTable, listTableFeatures } from "@/components/list/list-table";
import { formatMoney } from "@/lib/format-money";
import { type PackedRows, unpackRows } from "@/lib/packed-rows";
import type { ClosedLeadRow } from "@/server/leads/closed-queries";
import { Badge } from "@/components/ui/badge";
import { OwnerName } from "./lead-columns";

// The Closed view's rows (components/list/list-table.tsx): one sort, newest closed first, so no
// header asks for another. Row click or Enter opens the lead, which says it is closed and why.

const features = listTableFeatures<"closed">();
type Ctx = CellContext<typeof features, ClosedLeadRow, unknown>;
const helper = createColumnHelper<typeof features, ClosedLeadRow>();
const leadHref = (id: string) => `/leads/${id}`;

export function OutcomeBadge({ outcome }: { outcome: ClosedLeadRow["outcome"] }) {
  const t = useTranslations("leadList.closed");
  return (
    <Badge tone={outcome === "WON" ? "won" : "lost"} data-testid="closed-outcome">
      {t(`outcomes.${outcome}`)}
    </Badge>
  );
}

/** The structured reason's label when there is one, then the rep's own words. */
export function ReasonText({ lead }: { lead: ClosedLeadRow }) {
  const t = useTranslations("leadList.closed");
  if (lead.outcome === "WON") return <span className="text-ink-subtle">–</span>;
  const text = [lead.reasonLabel, lead.lostReason].filter(Boolean).join(": ");
  if (!text) return <span className="text-ink-subtle italic">{t("noReason")}</span>;
  return (
    <span className="block max-w-56 truncate" title={text}>
      {text}
    </span>
  );
}

function ClosedDate({ at }: { at: string }) {
  const format = useFormatter();
  return (
    <time dateTime={at} className="tabular-nums">
      {format.dateTime(new Date(at), { day: "numeric", month: "short", year: "numeric" })}
    </time>
  );
}

function Money({ lead }: { lead: ClosedLeadRow }) {
  const locale = useLocale() as "en";
  return <span className="tabular-nums">{formatMoney(lead.valueMinor, lead.currency, locale)}</span>;
}

function CustomerCell({ row: { original: lead } }: Ctx) {
  return (
    <div className="max-w-48 min-w-0" title={lead.customerEmail ?? undefined}>
      {/* Rows are the keyboard target (one tab stop each); the link is for the mouse and new tabs. */}
      <Link href={leadHref(lead.id)} tabIndex={-1} className="cell-title">
        {lead.customerName}
      </Link>
      <span className="cell-sub">{lead.interest}</span>
    </div>
  );
}

const columns = helper.columns([
  helper.display({ id: "customer", cell: CustomerCell }),
  helper.display({ id: "outcome", cell: ({ row }: Ctx) => <OutcomeBadge outcome={row.original.outcome} /> }),
  helper.display({ id: "reason", cell: ({ row }: Ctx) => <ReasonText lead={row.original} /> }),
  helper.display({
    id: "closedAt",
    cell: ({ row }: Ctx) => <ClosedDate at={row.original.closedAt} />,
    meta: { sort: "closed", sortDirection: "descending" },
  }),
  helper.display({ id: "value", cell: ({ row }: Ctx) => <Money lead={row.original} />, meta: { numeric: true } }),
  helper.display({ id: "owner", cell: ({ row }: Ctx) => <OwnerName name={row.original.ownerName} /> }),
]);

export function ClosedLeadTable({ rows: packed }: { rows: PackedRows<ClosedLeadRow> }) {
  const rows = useMemo(() => unpackRows(packed), [packed]);
  const t = useTranslations("leadList.closed");
  return (
    <ListTable
      features={features}
      columns={columns}
      rows={rows}
      caption={t("caption")}
      header={(id) => t(`columns.${id}`)}
      sort="closed"
      onSort={() => {}}
      href={leadHref}
      rowTestId="closed-lead-row"
      rowHeight="h-14"
      scrollClassName="max-h-[calc(100dvh-13rem)]"
      cards={
        <ListCards rows={rows} href={leadHref} testId="closed-lead-card">
          {(lead) => (
            <>
              <span className="flex items-start justify-between gap-2">
                <span className="min-w-0">
                  <span className="block truncate font-medium text-ink">{lead.customerName}</span>
                  <span className="cell-sub">{lead.interest}</span>
                </span>
                <OutcomeBadge outcome={lead.outcome} />
              </span>
              {lead.outcome === "LOST" ? (
                <span className="mt-2 block text-sm text-ink">
                  <ReasonText lead={lead} />
                </span>
              ) : null}
              <span className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-muted">
                <ClosedDate at={lead.closedAt} />
                <Money lead={lead} />
                <OwnerName name={lead.ownerName} />
              </span>
            </>
          )}
        </ListCards>
      }
    />
  );
}
