"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { revokeApiKeyAction } from "@/server/api-keys/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";

export function RevokeApiKeyButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("settings.apiKeys");
  const tErrors = useTranslations("settings.errors");
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    setError(null);
    const result = await revokeApiKeyAction({ id }).catch(() => null);
    // On failure the dialog closes too, and the reason shows beside the button.
    if (!result?.ok) setError(result?.message ?? tErrors("generic"));
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <ConfirmDialog
        title={t("revokeTitle", { name })}
        description={t("revokeBody")}
        confirmLabel={t("revokeConfirm")}
        cancelLabel={t("cancel")}
        tone="danger"
        onConfirm={revoke}
        trigger={
          <Button variant="secondary" size="sm" aria-label={t("revokeNamed", { name })}>
            {t("revoke")}
          </Button>
        }
      />
      {error ? (
        <p role="alert" className="text-xs text-danger-fg">
          {error}
        </p>
      ) : null}
    </div>
  );
}
