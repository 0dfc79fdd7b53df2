import { getFormatter, getTranslations } from "next-intl/server";
import { FilterChips, type FilterChip } from "@/components/list/filter-chips";
import { CLEAR_LEAD_FILTERS, hasNarrowingFilters, leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import { type LeadFilters } from "@/lib/validation/lead-filters";

type FilterNames = { campaign: string | null; team: string | null; rep: string | null };

/** The lead list's active filters as removable chips (components/list/filter-chips.tsx). */
export async function LeadFilterChips({
  filters,
  names,
  path = "/leads",
}: {
  filters: LeadFilters;
  names: FilterNames;
  /** The page the chips link back to: the list, or the board (/leads/board). */
  path?: string;
}) {
  if (!hasNarrowingFilters(filters)) return null;
  const [t, format] = await Promise.all([getTranslations("leadList"), getFormatter()]);
  const chips: FilterChip[] = [];
  const add = (key: string, label: string, without: Partial<LeadFilters>) =>
    chips.push({
      key,
      label,
      href: `${path}${leadFiltersToSearch(filters, without)}`,
      removeLabel: t("filters.remove", { filter: label }),
    });
  if (filters.rep) add("rep", `${t("filters.owner")}: ${names.rep ?? t("filters.reps")}`, { rep: undefined });
  else if (filters.scope === "mine") add("scope", t("filters.ownerMine"), { scope: "team" });
  else if (filters.scope === "unassigned") add("scope", t("filters.ownerUnassigned"), { scope: "team" });
  for (const stage of filters.stage)
    add(`stage-${stage}`, t(`stages.${stage}`), { stage: filters.stage.filter((s) => s !== stage) });
  if (filters.readiness) add("readiness", t(`readiness.${filters.readiness}`), { readiness: undefined });
  if (filters.channel) add("channel", t(`channels.${filters.channel}`), { channel: undefined });
  if (filters.campaign)
    add("campaign", t("chips.campaign", { name: names.campaign ?? t("chips.unknown") }), { campaign: undefined });
  if (filters.team) add("team", t("chips.team", { name: names.team ?? t("chips.unknown") }), { team: undefined });
  if (filters.overdue) add("overdue", t("chips.overdue"), { overdue: false });
  // A dashboard click-through's own filters (lib/kpi/lead-links.ts), named so the list says what it is.
  if (filters.view === "all") add("view", t("chips.bothViews"), { view: "active" });
  if (filters.outcome !== "open") add("outcome", t(`chips.outcome_${filters.outcome}`), { outcome: "open" });
  if (filters.from || filters.to) {
    // "to" is exclusive: the chip names the last day in it.
    const from = filters.from ? new Date(filters.from) : null;
    const to = filters.to ? new Date(new Date(filters.to).getTime() - 1) : null;
    const day = { dateStyle: "medium" } as const;
    const range = from && to ? format.dateTimeRange(from, to, day) : format.dateTime((from ?? to)!, day);
    add("created", t("chips.created", { range }), { from: undefined, to: undefined });
  }
  if (filters.breach) add("breach", t("chips.breach"), { breach: false });
  if (filters.q) add("q", t("chips.search", { q: filters.q }), { q: undefined });
  return (
    <FilterChips
      heading={t("filters.active")}
      chips={chips}
      clearAll={{ href: `${path}${leadFiltersToSearch(filters, CLEAR_LEAD_FILTERS)}`, label: t("filters.clearAll") }}
    />
  );
}
