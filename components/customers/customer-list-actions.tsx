"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/components/ui/button";
import { ChevronDownIcon } from "@/components/ui/icons";
import { useDeferred } from "@/components/ui/use-deferred";
import { customerFiltersToSearch } from "@/lib/validation/customer-filters-url";
import { useCustomerListState } from "./customer-list-state";

const loadDropdown = () => import("./export-menu-dropdown");

// Managers' tools: export the customers the filters show (streamed CSV, in the format the reader
// picks from a small menu) and import a file. The menu loads when first pressed.

export function CustomerListActions() {
  const t = useTranslations("customerList");
  const { filters } = useCustomerListState();
  const { module, triggerProps } = useDeferred(loadDropdown);
  const search = customerFiltersToSearch(filters);
  return (
    <>
      {module ? (
        <module.ExportMenuDropdown search={search} />
      ) : (
        <Button variant="secondary" {...triggerProps}>
          {t("actions.export")}
          <ChevronDownIcon className="size-4" />
        </Button>
      )}
      <Link href="/customers/import" className={buttonClasses("secondary")}>
        {t("actions.import")}
      </Link>
    </>
  );
}
