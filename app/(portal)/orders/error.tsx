"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Unexpected failures on an order page: a calm message in the portal, never a stack trace.
export default function OrderError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("orderStatus");
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
          <Link href="/orders" className={buttonClasses("secondary")}>{t("backToOrders")}</Link>
        </>
      }
    />
  );
}
