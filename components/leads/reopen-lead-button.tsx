"use client";

import { useTranslations } from "next-intl";
import type { OpenStage } from "@/lib/lead-stages";
import { Button } from "@/components/ui/button";
import { useDeferred } from "@/components/ui/use-deferred";

const loadDialog = () => import("./reopen-lead-dialog");

/**
 * "Reopen" on a lost lead's page. The dialog behind it (./reopen-lead-dialog.tsx, with Radix's
 * dialog) loads when the button is first hovered, focused or pressed, and opens at once.
 */
export function ReopenLeadButton(props: { leadId: string; version: number; lostFrom: OpenStage }) {
  const t = useTranslations("lead");
  const { module, triggerProps } = useDeferred(loadDialog, "dialog");
  if (module) return <module.ReopenLeadDialog {...props} defaultOpen />;
  return (
    <Button variant="secondary" data-testid="reopen-lead" {...triggerProps}>
      {t("reopen.button")}
    </Button>
  );
}
