import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckCircleIcon, ListIcon, SearchIcon } from "@/components/ui/icons";
import { CLEAR_LEAD_FILTERS, hasNarrowingFilters, leadFiltersToSearch, type LeadFilters } from "@/lib/validation/lead-filters";

// No rows: say why, and offer the one thing that helps. Filters narrowed it: clear them. Nothing
// narrowed it: that is good news in the main list, and a quiet nurture list is fine too.

export async function LeadTableEmpty({ filters }: { filters: LeadFilters }) {
  const t = await getTranslations("leadList.empty");
  if (hasNarrowingFilters(filters)) {
    return (
      <EmptyState
        icon={<SearchIcon />}
        title={t("title")}
        description={t("body")}
        action={<Link href={`/leads${leadFiltersToSearch(filters, CLEAR_LEAD_FILTERS)}`} className={buttonClasses("secondary")}>{t("clear")}</Link>}
      />
    );
  }
  return filters.view === "nurture"
    ? <EmptyState icon={<ListIcon />} title={t("nurtureTitle")} description={t("nurtureBody")} />
    : <EmptyState icon={<CheckCircleIcon />} title={t("allClearTitle")} description={t("allClearBody")} />;
}
