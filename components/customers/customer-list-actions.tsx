"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { customerFiltersToSearch } from "@/lib/validation/customer-filters-url";
import { useCustomerListState } from "./customer-list-state";

// Managers' tools: export the customers the filters show (streamed CSV) and import a file.
// The export is a plain download link, so the browser shows its own progress and can cancel it.

export function CustomerListActions() {
  const t = useTranslations("customerList.actions");
  const { filters } = useCustomerListState();
  return (
    <>
      <a
        href={`/api/customers/export${customerFiltersToSearch(filters)}`}
        download
        className={buttonClasses("secondary")}
      >
        {t("export")}
      </a>
      <Link href="/customers/import" className={buttonClasses("secondary")}>
        {t("import")}
      </Link>
    </>
  );
}
