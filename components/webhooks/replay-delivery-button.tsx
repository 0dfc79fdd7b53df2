"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { replayWebhookDeliveryAction, type WebhookCallState } from "@/server/webhooks/actions";
import { Button } from "@/components/ui/button";

/** Replay: the same event sent again as a new delivery (or the reason it is not). */
export function ReplayDeliveryButton({ deliveryId, label }: { deliveryId: string; label: string }) {
  const t = useTranslations("webhooks");
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<WebhookCallState | null>(null);
  async function replay() {
    setPending(true);
    setResult(
      await replayWebhookDeliveryAction({ deliveryId }).catch(() => ({ ok: false, message: t("errors.generic") })),
    );
    setPending(false);
  }
  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" size="sm" pending={pending} aria-label={label} onClick={replay}>
        {t("log.replay")}
      </Button>
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
