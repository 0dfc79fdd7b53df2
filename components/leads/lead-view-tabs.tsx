import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import { leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import { type LeadFilters } from "@/lib/validation/lead-filters";

// "Waiting on us" and "Nurture" are two lists over the same leads, split by readiness: a
// slow-tracker whose score rises leaves Nurture by itself. Links, so each list has its own URL.

// "Board" (/leads/board) shows every open lead by stage under the same filters; the list's view is
// not its business. "Closed" is its own page (/leads/closed): won and lost leads, with filters of
// their own.

export async function LeadViewTabs({ filters, current: page }: { filters: LeadFilters; current?: "closed" | "board" }) {
  const t = await getTranslations("leadList.views");
  const tb = await getTranslations("pipeline.board");
  const views = [
    { view: "active" as const, label: t("active") },
    { view: "nurture" as const, label: t("nurture") },
  ];
  const tabClass = (current: boolean) =>
    cn(
      "-mb-px inline-flex h-9 items-center border-b-2 px-0.5 text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-offset-0",
      current ? "border-accent-600 text-ink" : "border-transparent text-ink-muted hover:text-ink",
    );
  return (
    <div>
      <nav aria-label={t("label")} className="flex gap-4 overflow-x-auto border-b border-line">
        {views.map(({ view, label }) => {
          const current = !page && filters.view === view;
          return (
            <Link
              key={view}
              href={`/leads${leadFiltersToSearch(filters, { view })}`}
              aria-current={current ? "page" : undefined}
              className={tabClass(current)}
            >
              {label}
            </Link>
          );
        })}
        <Link
          href={`/leads/board${leadFiltersToSearch(filters, { view: "active" })}`}
          aria-current={page === "board" ? "page" : undefined}
          className={tabClass(page === "board")}
        >
          {tb("tab")}
        </Link>
        <Link
          href="/leads/closed"
          aria-current={page === "closed" ? "page" : undefined}
          className={tabClass(page === "closed")}
        >
          {t("closed")}
        </Link>
      </nav>
      {!page && filters.view === "nurture" ? <p className="mt-2 text-sm text-ink-muted">{t("nurtureHint")}</p> : null}
    </div>
  );
}
