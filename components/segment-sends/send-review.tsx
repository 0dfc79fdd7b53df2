import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { SendableTemplate } from "@/server/segment-sends/queries";
import type { SendPreview } from "@/server/segment-sends/start";
import { StartSendForm } from "./start-send-form";

// Step two: who will get it, who will not and why, and a warning when the first recipients lack a
// template value. The button names the count: pressing it is the confirmation.

export async function SendReview({
  segmentId,
  template,
  preview,
}: {
  segmentId: string;
  template: SendableTemplate;
  preview: SendPreview;
}) {
  const t = await getTranslations("segmentSends.review");
  return (
    <div className="flex flex-col gap-3 border-t border-line pt-3" data-testid="send-review">
      <p className="text-sm">
        {t("reach", { reachable: preview.reachable, total: preview.total, name: template.name })}
      </p>
      {preview.total > preview.reachable ? (
        <p className="text-sm text-ink-muted">{t("skipped", { count: preview.total - preview.reachable })}</p>
      ) : null}
      {preview.missingValue > 0 ? (
        <Alert tone="error" title={t("missingTitle")}>
          {t("missing", {
            count: preview.missingValue,
            sampled: preview.sampled,
            variables: preview.missingVariables.map((v) => `{{${v}}}`).join(", "),
          })}
        </Alert>
      ) : null}
      {preview.channel === "SMS" ? <p className="text-sm text-ink-muted">{t("quietHours")}</p> : null}
      {preview.reachable > 0 ? (
        <StartSendForm segmentId={segmentId} templateId={template.id} count={preview.reachable} />
      ) : (
        <p className="text-sm text-ink-muted">{t("nobody")}</p>
      )}
    </div>
  );
}
