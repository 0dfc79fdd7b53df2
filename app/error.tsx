"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

// Unexpected failures end here: a calm message, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-lg items-center px-4">
      <EmptyState
        titleAs="h1"
        title={t("errors.errorTitle")}
        description={t("errors.errorBody")}
        action={<Button onClick={reset}>{t("common.tryAgain")}</Button>}
      />
    </main>
  );
}
