import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { XIcon } from "@/components/ui/icons";
import { CLEAR_CUSTOMER_FILTERS, countNarrowingFilters, customerFiltersToSearch, type CustomerFilters } from "@/lib/validation/customer-filters";
import type { SalesRep } from "@/server/leads/list-queries";

// The active filters as chips, each with its own remove link, so what narrows the list is always in
// sight. Plain links: they work before hydration and open in a new tab. Removing one leaves the
// segment the filters came from (it is no longer that segment).

type Chip = { key: string; label: string; without: Partial<CustomerFilters> };

export async function CustomerFilterChips({ filters, reps }: { filters: CustomerFilters; reps: SalesRep[] }) {
  if (!countNarrowingFilters(filters)) return null;
  const t = await getTranslations("customerList");
  const chips: Chip[] = [];
  if (filters.q) chips.push({ key: "q", label: t("chips.search", { q: filters.q }), without: { q: undefined } });
  for (const tier of filters.tier) chips.push({ key: `tier-${tier}`, label: t(`tiers.${tier}`), without: { tier: filters.tier.filter((x) => x !== tier) } });
  for (const stage of filters.stage) chips.push({ key: `stage-${stage}`, label: t(`stages.${stage}`), without: { stage: filters.stage.filter((x) => x !== stage) } });
  if (filters.owner) {
    const name = filters.owner === "mine" ? t("filters.ownerMine")
      : filters.owner === "unassigned" ? t("filters.ownerUnassigned")
      : reps.find((r) => r.id === filters.owner)?.name ?? t("filters.reps");
    chips.push({ key: "owner", label: `${t("filters.owner")}: ${name}`, without: { owner: undefined } });
  }
  if (filters.lead) chips.push({ key: "lead", label: t(filters.lead === "yes" ? "filters.leadYes" : "filters.leadNo"), without: { lead: undefined } });
  if (filters.marketing) chips.push({ key: "marketing", label: t(filters.marketing === "yes" ? "filters.marketingYes" : "filters.marketingNo"), without: { marketing: undefined } });
  if (filters.city) chips.push({ key: "city", label: t("chips.city", { city: filters.city }), without: { city: undefined } });
  if (filters.activity) chips.push({ key: "activity", label: t(`activity.${filters.activity}`), without: { activity: undefined } });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">{t("filters.active")}</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key} className="inline-flex h-7 items-center gap-1 rounded-full border border-accent-200 bg-accent-50 pr-1 pl-3 text-sm text-accent-700">
            <span className="max-w-60 truncate">{chip.label}</span>
            <Link
              href={`/customers${customerFiltersToSearch(filters, { ...chip.without, segment: undefined })}`}
              scroll={false}
              aria-label={t("filters.remove", { filter: chip.label })}
              className="inline-flex size-5 items-center justify-center rounded-full hover:bg-accent-100"
            >
              <XIcon className="size-3.5" />
            </Link>
          </li>
        ))}
      </ul>
      <Link href={`/customers${customerFiltersToSearch(filters, CLEAR_CUSTOMER_FILTERS)}`} scroll={false} className="text-sm text-ink-muted underline-offset-2 hover:text-ink hover:underline">
        {t("filters.clearAll")}
      </Link>
    </div>
  );
}
