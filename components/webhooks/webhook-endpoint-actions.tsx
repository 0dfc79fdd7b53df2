"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import {
  deleteWebhookEndpointAction,
  rotateWebhookSecretAction,
  sendWebhookTestAction,
  setWebhookEnabledAction,
  type WebhookCallState,
} from "@/server/webhooks/actions";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";

/** An endpoint's buttons; what each did (or why it did not) is said in one live line beside them. */
export function WebhookEndpointActions({ id, host, enabled }: { id: string; host: string; enabled: boolean }) {
  const t = useTranslations("webhooks");
  const [result, setResult] = useState<WebhookCallState | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function run(name: string, call: () => Promise<WebhookCallState>) {
    setBusy(name);
    setResult(null);
    setResult(await call().catch(() => ({ ok: false, message: t("errors.generic") })));
    setBusy(null);
  }

  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label={t("actionsFor", { host })} className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          pending={busy === "test"}
          onClick={() => run("test", () => sendWebhookTestAction({ id }))}
        >
          {t("sendTest")}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          pending={busy === "enabled"}
          onClick={() => run("enabled", () => setWebhookEnabledAction({ id, enabled: !enabled }))}
        >
          {enabled ? t("switchOff") : t("switchOn")}
        </Button>
        <ConfirmDialog
          title={t("rotateTitle")}
          description={t("rotateBody")}
          confirmLabel={t("rotateConfirm")}
          cancelLabel={t("cancel")}
          onConfirm={() => run("rotate", () => rotateWebhookSecretAction({ id }))}
          trigger={
            <Button variant="secondary" size="sm">
              {t("rotate")}
            </Button>
          }
        />
        <ConfirmDialog
          title={t("deleteTitle", { host })}
          description={t("deleteBody")}
          confirmLabel={t("deleteConfirm")}
          cancelLabel={t("cancel")}
          tone="danger"
          onConfirm={() => run("delete", () => deleteWebhookEndpointAction({ id }))}
          trigger={
            <Button variant="ghost" size="sm">
              {t("delete")}
            </Button>
          }
        />
      </div>
      <p
        role="status"
        aria-live="polite"
        className={result?.ok === false ? "text-xs text-danger-fg" : "text-xs text-ink-muted"}
      >
        {result?.message}
      </p>
    </div>
  );
}
