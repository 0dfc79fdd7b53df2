"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Unexpected failures on a customer page (its layout included): a calm message inside the staff shell.
export default function CustomerError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("customer");
  const common = useTranslations("common");
  return (
    <EmptyState
      className="mt-8"
      titleAs="h1"
      title={t("errorTitle")}
      description={t("errorBody")}
      action={
        <>
          <Button onClick={reset}>{common("tryAgain")}</Button>
          <Link href="/customers" className={buttonClasses("secondary")}>{t("backToCustomers")}</Link>
        </>
      }
    />
  );
}
