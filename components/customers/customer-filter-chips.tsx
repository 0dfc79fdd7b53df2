import { getTranslations } from "next-intl/server";
import { FilterChips, type FilterChip } from "@/components/list/filter-chips";
import {
  CLEAR_CUSTOMER_FILTERS,
  countNarrowingFilters,
  customerFiltersToSearch,
} from "@/lib/validation/customer-filters-url";
import { type CustomerFilters } from "@/lib/validation/customer-filters";

/**
 * The customer list's active filters as removable chips (components/list/filter-chips.tsx).
 * Removing one leaves the segment the filters came from (it is no longer that segment).
 */
export async function CustomerFilterChips({
  filters,
  repName,
}: {
  filters: CustomerFilters;
  /** The name of the rep the owner filter picked (managers). */
  repName: string | null;
}) {
  if (!countNarrowingFilters(filters)) return null;
  const t = await getTranslations("customerList");
  const chips: FilterChip[] = [];
  const add = (key: string, label: string, without: Partial<CustomerFilters>) =>
    chips.push({
      key,
      label,
      href: `/customers${customerFiltersToSearch(filters, { ...without, segment: undefined })}`,
      removeLabel: t("filters.remove", { filter: label }),
    });
  if (filters.q) add("q", t("chips.search", { q: filters.q }), { q: undefined });
  for (const tier of filters.tier)
    add(`tier-${tier}`, t(`tiers.${tier}`), { tier: filters.tier.filter((x) => x !== tier) });
  for (const stage of filters.stage)
    add(`stage-${stage}`, t(`stages.${stage}`), { stage: filters.stage.filter((x) => x !== stage) });
  if (filters.owner) {
    const name =
      filters.owner === "mine"
        ? t("filters.ownerMine")
        : filters.owner === "unassigned"
          ? t("filters.ownerUnassigned")
          : (repName ?? t("filters.reps"));
    add("owner", `${t("filters.owner")}: ${name}`, { owner: undefined });
  }
  if (filters.lead) add("lead", t(filters.lead === "yes" ? "filters.leadYes" : "filters.leadNo"), { lead: undefined });
  if (filters.marketing)
    add("marketing", t(filters.marketing === "yes" ? "filters.marketingYes" : "filters.marketingNo"), {
      marketing: undefined,
    });
  if (filters.city) add("city", t("chips.city", { city: filters.city }), { city: undefined });
  if (filters.activity) add("activity", t(`activity.${filters.activity}`), { activity: undefined });
  return (
    <FilterChips
      heading={t("filters.active")}
      chips={chips}
      clearAll={{
        href: `/customers${customerFiltersToSearch(filters, CLEAR_CUSTOMER_FILTERS)}`,
        label: t("filters.clearAll"),
      }}
    />
  );
}
