"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertTriangleIcon } from "@/components/ui/icons";

// The customer list failed to load: a calm message inside the shell, never a stack trace.
// retry() fetches the page from the server again (reset() would only re-render).
export default function CustomersError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("customerList.error");
  return (
    <EmptyState
      titleAs="h1"
      icon={<AlertTriangleIcon />}
      title={t("title")}
      description={t("body")}
      action={<Button onClick={() => retry()}>{t("retry")}</Button>}
    />
  );
}
