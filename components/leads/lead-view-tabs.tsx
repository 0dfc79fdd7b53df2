import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import { type LeadFilters } from "@/lib/validation/lead-filters";

// "Waiting on us" and "Nurture" are two lists over the same leads, split by readiness: a
// slow-tracker whose score rises leaves Nurture by itself. Links, so each list has its own URL.

export async function LeadViewTabs({ filters }: { filters: LeadFilters }) {
  const t = await getTranslations("leadList.views");
  const views = [
    { view: "active" as const, label: t("active") },
    { view: "nurture" as const, label: t("nurture") },
  ];
  return (
    <div>
      <nav aria-label={t("label")} className="flex gap-4 border-b border-line">
        {views.map(({ view, label }) => {
          const current = filters.view === view;
          return (
            <Link
              key={view}
              href={`/leads${leadFiltersToSearch(filters, { view })}`}
              aria-current={current ? "page" : undefined}
              className={cn(
                "-mb-px inline-flex h-9 items-center border-b-2 px-0.5 text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-offset-0",
                current ? "border-accent-600 text-ink" : "border-transparent text-ink-muted hover:text-ink",
              )}
            >
              {label}
            </Link>
          );
        })}
      </nav>
      {filters.view === "nurture" ? <p className="mt-2 text-sm text-ink-muted">{t("nurtureHint")}</p> : null}
    </div>
  );
}
