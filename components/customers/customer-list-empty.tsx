import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { UsersIcon } from "@/components/ui/icons";
import { ListEmpty } from "@/components/list/list-empty";
import {
  CLEAR_CUSTOMER_FILTERS,
  countNarrowingFilters,
  customerFiltersToSearch,
} from "@/lib/validation/customer-filters-url";
import { type CustomerFilters } from "@/lib/validation/customer-filters";

// No customers. Filters narrowed it: clear them. Nothing narrowed it: there are no customers yet;
// managers can import them.

export async function CustomerListEmpty({ filters, canImport }: { filters: CustomerFilters; canImport: boolean }) {
  const t = await getTranslations("customerList.empty");
  return (
    <ListEmpty
      narrowed={
        countNarrowingFilters(filters)
          ? {
              title: t("title"),
              description: t("body"),
              clear: {
                href: `/customers${customerFiltersToSearch(filters, CLEAR_CUSTOMER_FILTERS)}`,
                label: t("clear"),
              },
            }
          : undefined
      }
      icon={<UsersIcon />}
      title={t("noneTitle")}
      description={canImport ? t("noneBodyManager") : t("noneBody")}
      action={
        canImport ? (
          <Link href="/customers/import" className={buttonClasses("secondary")}>
            {t("import")}
          </Link>
        ) : undefined
      }
    />
  );
}
