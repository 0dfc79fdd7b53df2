import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchIcon, UsersIcon } from "@/components/ui/icons";
import { CLEAR_CUSTOMER_FILTERS, countNarrowingFilters, customerFiltersToSearch, type CustomerFilters } from "@/lib/validation/customer-filters";

// No rows: say why and offer the one thing that helps. Filters narrowed it: clear them. Nothing
// narrowed it: there are no customers yet; managers can import them.

export async function CustomerListEmpty({ filters, canImport }: { filters: CustomerFilters; canImport: boolean }) {
  const t = await getTranslations("customerList.empty");
  if (countNarrowingFilters(filters)) {
    return (
      <EmptyState
        icon={<SearchIcon />}
        title={t("title")}
        description={t("body")}
        action={<Link href={`/customers${customerFiltersToSearch(filters, CLEAR_CUSTOMER_FILTERS)}`} className={buttonClasses("secondary")}>{t("clear")}</Link>}
      />
    );
  }
  return (
    <EmptyState
      icon={<UsersIcon />}
      title={t("noneTitle")}
      description={canImport ? t("noneBodyManager") : t("noneBody")}
      action={canImport ? <Link href="/customers/import" className={buttonClasses("secondary")}>{t("import")}</Link> : undefined}
    />
  );
}
