"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { rowIcon } from "@/components/ui/row-icon";
import { formatPhone } from "@/lib/format-phone";
import type { LoyaltyTierName } from "@/lib/validation/customer-filter-options";
import type { CustomerListRow } from "@/server/customers/list-queries";

// Small cells shared by the table and the phone cards. Every state is a word, never colour alone.

const TIER_TONE: Record<LoyaltyTierName, BadgeTone> = {
  BASIC: "neutral",
  SILVER: "neutral",
  GOLD: "warm",
  PLATINUM: "accent",
};

export function contactLine(row: Pick<CustomerListRow, "phone" | "email">): string | null {
  return row.phone ? formatPhone(row.phone) : row.email;
}

export function TierAndPoints({ row }: { row: CustomerListRow }) {
  const t = useTranslations("customerList");
  const format = useFormatter();
  return (
    <span className="cell-pair">
      <Badge tone={TIER_TONE[row.tier]}>{t(`tiers.${row.tier}`)}</Badge>
      <span className="text-xs text-ink-muted tabular-nums">{t("points", { points: format.number(row.points) })}</span>
    </span>
  );
}

export function LastActivity({ at, now }: { at: string | null; now: string }) {
  const t = useTranslations("customerList");
  const format = useFormatter();
  if (!at) return <span className="text-ink-subtle">{t("neverActive")}</span>;
  return <time dateTime={at}>{format.relativeTime(new Date(at), new Date(now))}</time>;
}

export function OpenLeadBadge({ row }: { row: CustomerListRow }) {
  const t = useTranslations("customerList");
  return row.hasOpenLead ? <Badge tone="hot">{t("openLead")}</Badge> : null;
}

export function MarketingConsent({ row }: { row: CustomerListRow }) {
  const t = useTranslations("customerList");
  return row.marketingConsent ? (
    <span
      className={`inline-flex items-center gap-1 text-ink [--icon-color:var(--color-answered-fg)] ${rowIcon("check")}`}
    >
      {t("consentYes")}
    </span>
  ) : (
    <span className="text-ink-subtle">{t("consentNo")}</span>
  );
}

export function OwnerName({ name }: { name: string | null }) {
  const t = useTranslations("customerList");
  if (!name) return <span className="text-ink-subtle italic">{t("unassigned")}</span>;
  return <span className="cell-clip">{name}</span>;
}
