"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { CustomerListRow } from "@/server/customers/list-queries";
import { contactLine, LastActivity, MarketingConsent, OpenLeadBadge, OwnerName, TierBadge } from "./list-cells";

// The customer list on a phone: one card per customer, the whole card a link to the customer.
// No prefetch: fifty customer pages rendered ahead on every list view would cost more than a click.

export function CustomerCards({ rows, now, className }: { rows: CustomerListRow[]; now: string; className?: string }) {
  const t = useTranslations("customerList");
  return (
    <ul className={cn("flex flex-col gap-2", className)}>
      {rows.map((c) => (
        <li key={c.id}>
          <Link href={`/customers/${c.id}`} prefetch={false} data-testid="customer-card" className="block rounded-lg border border-line bg-surface p-3 hover:bg-gray-50 focus-visible:outline-offset-0">
            <span className="flex items-start justify-between gap-2">
              <span className="min-w-0">
                <span className="block truncate font-medium text-ink">{c.name}</span>
                <span className="block truncate text-xs text-ink-muted">{contactLine(c) ?? t("noContact")}</span>
              </span>
              <TierBadge row={c} />
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
          </Link>
        </li>
      ))}
    </ul>
  );
}
