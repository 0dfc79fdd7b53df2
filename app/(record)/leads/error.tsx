"use client";
import { useTranslations } from "next-intl";
import { PageError } from "@/components/shell/page-error";

// Unexpected failures on a lead page (its layout included): a calm message inside the staff shell, never a stack trace.
export default function LeadError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("lead");
  return (
    <PageError
      title={t("errorTitle")}
      body={t("errorBody")}
      onRetry={reset}
      back={{ href: "/leads", label: t("backToLeads") }}
    />
  );
}
