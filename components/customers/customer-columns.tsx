"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createColumnHelper, type CellContext } from "@tanstack/react-table";
import { listTableFeatures } from "@/components/list/list-table";
import type { CustomerSort } from "@/lib/validation/customer-filter-options";
import type { CustomerListRow } from "@/server/customers/list-queries";
import { contactLine, LastActivity, MarketingConsent, OpenLeadBadge, OwnerName, TierAndPoints } from "./customer-cells";

// The customer table's columns; a sortable one names its server sort (components/list/list-table.tsx).

export const customerTableFeatures = listTableFeatures<CustomerSort>();
type Ctx = CellContext<typeof customerTableFeatures, CustomerListRow, unknown>;
const helper = createColumnHelper<typeof customerTableFeatures, CustomerListRow>();

function NameCell({ row: { original: c } }: Ctx) {
  const t = useTranslations("customerList");
  return (
    <div className="max-w-56 min-w-0">
      {/* Rows are the keyboard target (one tab stop each); the link is for the mouse and new tabs. */}
      <Link href={`/customers/${c.id}`} prefetch={false} tabIndex={-1} className="cell-title">
        {c.name}
      </Link>
      <span className="cell-sub" title={[c.phone, c.email].filter(Boolean).join(" · ")}>
        {contactLine(c) ?? t("noContact")}
      </span>
    </div>
  );
}

function StageCell({ row: { original: c } }: Ctx) {
  const t = useTranslations("customerList");
  return (
    <span className="cell-pair">
      {t(`stages.${c.journeyStage}`)}
      <OpenLeadBadge row={c} />
    </span>
  );
}

/** `now` is the server's render time, so relative times match between server and browser. */
export function customerColumns(now: string) {
  return helper.columns([
    helper.display({ id: "name", cell: NameCell, meta: { sort: "name", sortDirection: "ascending" } }),
    helper.display({
      id: "tier",
      cell: ({ row }: Ctx) => <TierAndPoints row={row.original} />,
      meta: { sort: "points", sortDirection: "descending" },
    }),
    helper.display({ id: "stage", cell: StageCell }),
    helper.display({
      id: "city",
      cell: ({ row }: Ctx) => <span className="cell-clip">{row.original.city ?? "—"}</span>,
    }),
    helper.display({ id: "owner", cell: ({ row }: Ctx) => <OwnerName name={row.original.ownerName} /> }),
    helper.display({ id: "marketing", cell: ({ row }: Ctx) => <MarketingConsent row={row.original} /> }),
    helper.display({
      id: "activity",
      cell: ({ row }: Ctx) => <LastActivity at={row.original.lastActivityAt} now={now} />,
      meta: { sort: "activity", sortDirection: "descending", numeric: true },
    }),
  ]);
}
