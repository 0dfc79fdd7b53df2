"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { retryJobAction } from "@/server/jobs/actions";
import { Button } from "@/components/ui/button";
import { useAnnounceRetry } from "./job-retry-status";

/** "Try again" for one failed job; the server refuses a job that is no longer failed (a second click). */
export function RetryJobButton({ id, kind, when }: { id: string; kind: string; when: string }) {
  const t = useTranslations("settings.jobs");
  const announce = useAnnounceRetry();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function retry() {
    setError(null);
    startTransition(async () => {
      const result = await retryJobAction({ id }).catch(() => null);
      if (result?.ok) announce(t("retried", { kind }));
      else setError(result?.message ?? t("errors.generic"));
    });
  }

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        variant="secondary"
        size="sm"
        pending={pending}
        onClick={retry}
        aria-label={t("retryNamed", { kind, when })}
      >
        {t("retry")}
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-danger-fg">
          {error}
        </p>
      ) : null}
    </div>
  );
}
