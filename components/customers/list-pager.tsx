import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { ChevronRightIcon } from "@/components/ui/icons";
import { CUSTOMER_PAGE_SIZE, customerFiltersToSearch, type CustomerFilters } from "@/lib/validation/customer-filters";

// Keyset paging: "next 50" carries the last row's cursor in the URL, so a page can be reloaded or
// shared. No page numbers: they would need an exact count (see COUNT_CAP in list-queries).

export async function CustomerListPager({ filters, nextCursor }: { filters: CustomerFilters; nextCursor: string | null }) {
  const t = await getTranslations("customerList.pager");
  if (!nextCursor && !filters.cursor) return null;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3">
      {filters.cursor ? (
        <Link href={`/customers${customerFiltersToSearch(filters)}`} className={buttonClasses("ghost", "sm")}>{t("first")}</Link>
      ) : <span />}
      {nextCursor ? (
        <Link href={`/customers${customerFiltersToSearch(filters, { cursor: nextCursor })}`} className={buttonClasses("secondary", "sm")}>
          {t("next", { count: CUSTOMER_PAGE_SIZE })}
          <ChevronRightIcon className="size-4" />
        </Link>
      ) : (
        <p className="text-sm text-ink-muted">{t("end")}</p>
      )}
    </nav>
  );
}
