import { getTranslations } from "next-intl/server";
import { ListEmpty } from "@/components/list/list-empty";
import { CheckCircleIcon, ListIcon } from "@/components/ui/icons";
import { CLEAR_LEAD_FILTERS, hasNarrowingFilters, leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import { type LeadFilters } from "@/lib/validation/lead-filters";

// No leads. Filters narrowed it: clear them. Nothing narrowed it: that is good news in the main
// list, and a quiet nurture list is fine too.

export async function LeadListEmpty({ filters }: { filters: LeadFilters }) {
  const t = await getTranslations("leadList.empty");
  const nurture = filters.view === "nurture";
  return (
    <ListEmpty
      narrowed={
        hasNarrowingFilters(filters)
          ? {
              title: t("title"),
              description: t("body"),
              clear: { href: `/leads${leadFiltersToSearch(filters, CLEAR_LEAD_FILTERS)}`, label: t("clear") },
            }
          : undefined
      }
      icon={nurture ? <ListIcon /> : <CheckCircleIcon />}
      title={nurture ? t("nurtureTitle") : t("allClearTitle")}
      description={nurture ? t("nurtureBody") : t("allClearBody")}
    />
  );
}
