import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

/** Managers' entry to merging a duplicate into this customer (the page it opens searches for it). */
export async function MergeCustomerLink({ customerId }: { customerId: string }) {
  const t = await getTranslations("customer.merge");
  return (
    <Link href={`/customers/${customerId}/merge`} className={buttonClasses("secondary")} data-testid="merge-open">
      {t("open")}
    </Link>
  );
}
