"use client";
import { useTranslations } from "next-intl";
import { PageError } from "@/components/shell/page-error";

// Unexpected failures on a customer page (its layout included): a calm message inside the staff shell.
export default function CustomerError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("customer");
  return (
    <PageError
      title={t("errorTitle")}
      body={t("errorBody")}
      onRetry={reset}
      back={{ href: "/customers", label: t("backToCustomers") }}
    />
  );
}
