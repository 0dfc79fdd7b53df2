"use client";
import { useTranslations } from "next-intl";
import type { renderMessage } from "@/lib/messaging/render";

type Preview = ReturnType<typeof renderMessage>;

/** The message as the customer will read it, or what keeps it from being sent. */
export function MessagePreview({
  name,
  channel,
  preview,
  unknown,
  empty,
}: {
  name: string;
  channel: "EMAIL" | "SMS";
  preview: Preview;
  unknown: string[];
  empty: boolean;
}) {
  const t = useTranslations("messaging.compose");
  const names = (list: string[]) => list.map((n) => `{{${n}}}`).join(", ");
  return (
    <section
      aria-label={t("preview", { name })}
      className="rounded-md border border-line bg-gray-50 px-3 py-2.5 text-sm"
    >
      <h3 className="mb-1 text-xs font-medium text-ink-muted">{t("preview", { name })}</h3>
      {empty ? (
        <p className="text-ink-muted">{t("previewEmpty")}</p>
      ) : preview.ok ? (
        <div data-testid="message-preview" className="break-words whitespace-pre-wrap text-ink">
          {channel === "EMAIL" && preview.subject ? <p className="mb-1 font-medium">{preview.subject}</p> : null}
          {preview.body}
        </div>
      ) : (
        <p className="font-medium text-due-fg" data-testid="message-preview-missing">
          {preview.missing.length ? t("missing", { names: names(preview.missing) }) : null}
          {unknown.length ? ` ${t("unknown", { names: names(unknown) })}` : null}
        </p>
      )}
    </section>
  );
}
