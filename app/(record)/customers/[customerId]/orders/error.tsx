"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Unexpected failures on a staff order page: a calm message inside the staff shell, never a stack trace.
export default function StaffOrderError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("orderStatus");
  const common = useTranslations("common");
  return (
    <EmptyState
      className="mt-8"
      titleAs="h1"
      title={t("errorTitle")}
      description={t("errorBody")}
      action={<Button onClick={reset}>{common("tryAgain")}</Button>}
    />
  );
}
