import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Same words for "does not exist" and "not yours": the page must not confirm that a lead exists.
// It sits above [leadId] so that it also catches the notFound() of that segment's layout.
export default async function LeadNotFound() {
  const t = await getTranslations("lead");
  return (
    <EmptyState
      className="mt-8"
      titleAs="h1"
      title={t("notFoundTitle")}
      description={t("notFoundBody")}
      action={
        <Link href="/leads" className={buttonClasses("secondary")}>
          {t("backToLeads")}
        </Link>
      }
    />
  );
}
