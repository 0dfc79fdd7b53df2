import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { ChevronRightIcon } from "@/components/ui/icons";
import { leadFiltersToSearch, PAGE_SIZE, type LeadFilters } from "@/lib/validation/lead-filters";

// Keyset paging: "next 50" carries the last row's cursor in the URL, so a page can be reloaded or
// shared. There is no page count on purpose (no COUNT(*) per request); the summary above has totals.

export async function LeadTablePager({ filters, nextCursor }: { filters: LeadFilters; nextCursor: string | null }) {
  const t = await getTranslations("leadList.pager");
  if (!nextCursor && !filters.cursor) return null;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      {filters.cursor ? (
        <Link href={`/leads${leadFiltersToSearch(filters)}`} className={buttonClasses("ghost", "sm")}>
          {t("first")}
        </Link>
      ) : <span />}
      {nextCursor ? (
        <Link href={`/leads${leadFiltersToSearch(filters, { cursor: nextCursor })}`} className={buttonClasses("secondary", "sm")}>
          {t("next", { count: PAGE_SIZE })}
          <ChevronRightIcon className="size-4" />
        </Link>
      ) : (
        <p className="text-sm text-ink-muted">{t("end")}</p>
      )}
    </div>
  );
}
