import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Same words for "does not exist" and "not yours": the page must not confirm that a customer exists.
// It sits above [customerId] so that it also catches the notFound() of that segment's layout.
export default async function CustomerNotFound() {
  const t = await getTranslations("customer");
  return (
    <EmptyState
      className="mt-8"
      titleAs="h1"
      title={t("notFoundTitle")}
      description={t("notFoundBody")}
      action={
        <Link href="/customers" className={buttonClasses("secondary")}>
          {t("backToCustomers")}
        </Link>
      }
    />
  );
}
