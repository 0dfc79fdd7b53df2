"use client";

import { useTranslations } from "next-intl";
import type { CustomerListRow } from "@/server/customers/list-queries";
import { contactLine, LastActivity, MarketingConsent, OpenLeadBadge, OwnerName, TierAndPoints } from "./customer-cells";

/** A customer on a phone, inside its card link (components/list/list-cards.tsx). */
export function CustomerCard({ customer: c, now }: { customer: CustomerListRow; now: string }) {
  const t = useTranslations("customerList");
  return (
    <>
      <span className="flex items-start justify-between gap-2">
        <span className="min-w-0">
          <span className="block truncate font-medium text-ink">{c.name}</span>
          <span className="cell-sub">{contactLine(c) ?? t("noContact")}</span>
        </span>
        <TierAndPoints row={c} />
      </span>
      <span className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-muted">
        <span className="text-ink">{t(`stages.${c.journeyStage}`)}</span>
        <OpenLeadBadge row={c} />
        {c.city ? <span>{c.city}</span> : null}
        <MarketingConsent row={c} />
      </span>
      <span className="mt-1 flex flex-wrap items-center justify-between gap-x-3 text-xs text-ink-muted">
        <OwnerName name={c.ownerName} />
        <LastActivity at={c.lastActivityAt} now={now} />
      </span>
    </>
  );
}
