"use client";

import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { ChevronDownIcon } from "@/components/ui/icons";
import { Field } from "@/components/ui/filter-field";
import { cn } from "@/lib/cn";
import { ACTIVITY_WINDOWS, countNarrowingFilters, CUSTOMER_SORTS, JOURNEY_STAGES, LOYALTY_TIERS } from "@/lib/validation/customer-filters-url";
import type { CustomerFilters } from "@/lib/validation/customer-filters";
import type { SalesRep } from "@/server/leads/list-queries";
import { useCustomerListNav } from "./list-nav";
import { TextFilter } from "./list-text-filter";

// The filter bar. Every control writes the URL, so filters survive reloads, can be shared as links
// and saved as segments; the server parses them again with the same schema.

function Choice({ label, value, onChange, children }: { label: string; value: string; onChange: (v: string) => void; children: ReactNode }) {
  return (
    <Field label={label}>
      {(id) => <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>{children}</Select>}
    </Field>
  );
}

export function CustomerFilterBar({ reps, isManager }: { reps: SalesRep[]; isManager: boolean }) {
  const t = useTranslations("customerList");
  const { filters, apply } = useCustomerListNav();
  const toggleTier = (tier: (typeof LOYALTY_TIERS)[number]) =>
    apply({ tier: filters.tier.includes(tier) ? filters.tier.filter((s) => s !== tier) : [...filters.tier, tier] });
  const optional = <K extends keyof CustomerFilters>(v: string) => (v || undefined) as CustomerFilters[K];

  // On a phone the controls fold away behind one button, so the first screen shows customers.
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const narrowing = countNarrowingFilters(filters) - (filters.q ? 1 : 0);

  return (
    <section aria-label={t("filters.label")} className="flex flex-col gap-3 md:flex-row md:flex-wrap md:items-end">
      <div className="flex items-end gap-2 md:contents">
        <TextFilter search label={t("filters.search")} placeholder={t("filters.searchPlaceholder")} value={filters.q} onApply={(q) => apply({ q })} className="min-w-56 flex-1" />
        <Button variant="secondary" className="md:hidden" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {narrowing ? t("filters.toggleCount", { count: narrowing }) : t("filters.toggle")}
          <ChevronDownIcon className={cn("size-4 transition-transform", open && "rotate-180")} />
        </Button>
      </div>
      <div id={panelId} className={cn(open ? "grid" : "hidden", "grid-cols-2 items-end gap-3 md:flex md:flex-wrap")}>
        <div role="group" aria-label={t("filters.tier")} className="col-span-2 flex flex-col gap-1">
          <span aria-hidden className="text-xs font-medium text-ink-muted">{t("filters.tier")}</span>
          <div className="flex h-9 overflow-hidden rounded-md border border-line-control bg-surface shadow-xs">
            {LOYALTY_TIERS.map((tier) => (
              <button
                key={tier}
                type="button"
                aria-pressed={filters.tier.includes(tier)}
                onClick={() => toggleTier(tier)}
                className="flex-1 border-l border-line px-2.5 text-sm text-ink-muted first:border-l-0 hover:bg-gray-50 hover:text-ink focus-visible:outline-offset-[-2px] aria-pressed:bg-accent-50 aria-pressed:font-medium aria-pressed:text-accent-700"
              >
                {t(`tiers.${tier}`)}
              </button>
            ))}
          </div>
        </div>
        <Choice label={t("filters.stage")} value={filters.stage.length === 1 ? filters.stage[0] : ""} onChange={(v) => apply({ stage: v ? [v as (typeof JOURNEY_STAGES)[number]] : [] })}>
          <option value="">{filters.stage.length > 1 ? t("filters.stageSeveral", { count: filters.stage.length }) : t("filters.stageAny")}</option>
          {JOURNEY_STAGES.map((s) => <option key={s} value={s}>{t(`stages.${s}`)}</option>)}
        </Choice>
        <Choice label={t("filters.owner")} value={filters.owner ?? ""} onChange={(v) => apply({ owner: optional<"owner">(v) })}>
          <option value="">{isManager ? t("filters.ownerAll") : t("filters.ownerTeam")}</option>
          <option value="mine">{t("filters.ownerMine")}</option>
          <option value="unassigned">{t("filters.ownerUnassigned")}</option>
          {reps.length ? (
            <optgroup label={t("filters.reps")}>
              {reps.map((rep) => <option key={rep.id} value={rep.id}>{rep.name}</option>)}
            </optgroup>
          ) : null}
        </Choice>
        <Choice label={t("filters.lead")} value={filters.lead ?? ""} onChange={(v) => apply({ lead: optional<"lead">(v) })}>
          <option value="">{t("filters.any")}</option>
          <option value="yes">{t("filters.leadYes")}</option>
          <option value="no">{t("filters.leadNo")}</option>
        </Choice>
        <Choice label={t("filters.marketing")} value={filters.marketing ?? ""} onChange={(v) => apply({ marketing: optional<"marketing">(v) })}>
          <option value="">{t("filters.any")}</option>
          <option value="yes">{t("filters.marketingYes")}</option>
          <option value="no">{t("filters.marketingNo")}</option>
        </Choice>
        <Choice label={t("filters.activity")} value={filters.activity ?? ""} onChange={(v) => apply({ activity: optional<"activity">(v) })}>
          <option value="">{t("filters.anyTime")}</option>
          {ACTIVITY_WINDOWS.map((w) => <option key={w} value={w}>{t(`activity.${w}`)}</option>)}
        </Choice>
        <TextFilter label={t("filters.city")} value={filters.city} onApply={(city) => apply({ city })} autoComplete="address-level2" className="md:w-36" />
        <Choice label={t("filters.sort")} value={filters.sort} onChange={(v) => apply({ sort: v as CustomerFilters["sort"] })}>
          {CUSTOMER_SORTS.map((s) => <option key={s} value={s}>{t(`sorts.${s}`)}</option>)}
        </Choice>
      </div>
    </section>
  );
}
