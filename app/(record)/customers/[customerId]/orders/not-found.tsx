import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Same words for "does not exist" and "not yours": the page must not confirm that an order exists.
export default async function StaffOrderNotFound() {
  const t = await getTranslations("orderStatus");
  return (
    <EmptyState
      className="mt-8"
      titleAs="h1"
      title={t("notFoundTitle")}
      description={t("staff.notFoundBody")}
      action={
        <Link href="/customers" className={buttonClasses("secondary")}>
          {t("staff.backToCustomers")}
        </Link>
      }
    />
  );
}
