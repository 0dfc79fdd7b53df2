"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { startSegmentSendAction, type StartSendState } from "@/server/segment-sends/actions";

export function StartSendForm({
  segmentId,
  templateId,
  count,
}: {
  segmentId: string;
  templateId: string;
  count: number;
}) {
  const t = useTranslations("segmentSends.review");
  const [state, action, pending] = useActionState<StartSendState, FormData>(startSegmentSendAction, null);
  return (
    <form action={action} className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <input type="hidden" name="segmentId" value={segmentId} />
      <input type="hidden" name="templateId" value={templateId} />
      <Button type="submit" pending={pending}>
        {t("send", { count })}
      </Button>
      {state && !state.ok ? <Alert tone="error">{t(`errors.${state.message ?? "invalid"}`)}</Alert> : null}
    </form>
  );
}
