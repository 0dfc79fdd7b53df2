"use client";
import { useTranslations } from "next-intl";
import { PageError } from "@/components/shell/page-error";

// Unexpected failures on an order page: a calm message in the portal, never a stack trace.
export default function OrderError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("orderStatus");
  return (
    <PageError
      title={t("errorTitle")}
      body={t("errorBody")}
      onRetry={reset}
      back={{ href: "/orders", label: t("backToOrders") }}
    />
  );
}
