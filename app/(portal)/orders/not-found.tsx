import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PackageIcon } from "@/components/ui/icons";

// The same words for "does not exist" and "not yours": the page must not confirm that an order exists.
export default async function OrderNotFound() {
  const t = await getTranslations("orderStatus");
  return (
    <EmptyState
      className="mt-8"
      titleAs="h1"
      icon={<PackageIcon />}
      title={t("notFoundTitle")}
      description={t("notFoundBody")}
      action={
        <Link href="/orders" className={buttonClasses("secondary")}>
          {t("backToOrders")}
        </Link>
      }
    />
  );
}
