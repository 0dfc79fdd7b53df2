import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { XIcon } from "@/components/ui/icons";
import { CLEAR_LEAD_FILTERS, hasNarrowingFilters, leadFiltersToSearch, type LeadFilters } from "@/lib/validation/lead-filters";
import type { SalesRep } from "@/server/leads/list-queries";

type FilterNames = { campaign: string | null; team: string | null };

// The active filters as chips, each with its own remove link, so what narrows the list is always
// in sight. Plain links: they work before hydration and open in a new tab.

type Chip = { key: string; label: string; without: Partial<LeadFilters> };

export async function LeadFilterChips({ filters, reps, names }: { filters: LeadFilters; reps: SalesRep[]; names: FilterNames }) {
  if (!hasNarrowingFilters(filters)) return null;
  const t = await getTranslations("leadList");
  const chips: Chip[] = [];
  if (filters.rep) {
    const name = reps.find((r) => r.id === filters.rep)?.name ?? t("filters.reps");
    chips.push({ key: "rep", label: `${t("filters.owner")}: ${name}`, without: { rep: undefined } });
  } else if (filters.scope === "mine") chips.push({ key: "scope", label: t("filters.ownerMine"), without: { scope: "team" } });
  else if (filters.scope === "unassigned") chips.push({ key: "scope", label: t("filters.ownerUnassigned"), without: { scope: "team" } });
  for (const stage of filters.stage) {
    chips.push({ key: `stage-${stage}`, label: t(`stages.${stage}`), without: { stage: filters.stage.filter((s) => s !== stage) } });
  }
  if (filters.readiness) chips.push({ key: "readiness", label: t(`readiness.${filters.readiness}`), without: { readiness: undefined } });
  if (filters.channel) chips.push({ key: "channel", label: t(`channels.${filters.channel}`), without: { channel: undefined } });
  if (filters.campaign) {
    chips.push({ key: "campaign", label: t("chips.campaign", { name: names.campaign ?? t("chips.unknown") }), without: { campaign: undefined } });
  }
  if (filters.team) chips.push({ key: "team", label: t("chips.team", { name: names.team ?? t("chips.unknown") }), without: { team: undefined } });
  if (filters.overdue) chips.push({ key: "overdue", label: t("chips.overdue"), without: { overdue: false } });
  if (filters.q) chips.push({ key: "q", label: t("chips.search", { q: filters.q }), without: { q: undefined } });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">{t("filters.active")}</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key} className="inline-flex h-7 items-center gap-1 rounded-full border border-accent-200 bg-accent-50 pr-1 pl-3 text-sm text-accent-700">
            <span className="max-w-60 truncate">{chip.label}</span>
            <Link
              href={`/leads${leadFiltersToSearch(filters, chip.without)}`}
              scroll={false}
              aria-label={t("filters.remove", { filter: chip.label })}
              className="inline-flex size-5 items-center justify-center rounded-full hover:bg-accent-100"
            >
              <XIcon className="size-3.5" />
            </Link>
          </li>
        ))}
      </ul>
      <Link href={`/leads${leadFiltersToSearch(filters, CLEAR_LEAD_FILTERS)}`} scroll={false} className="text-sm text-ink-muted underline-offset-2 hover:text-ink hover:underline">
        {t("filters.clearAll")}
      </Link>
    </div>
  );
}
