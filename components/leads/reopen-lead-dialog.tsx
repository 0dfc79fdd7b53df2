"use client";

import { useActionState, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { OpenStage } from "@/lib/lead-stages";
import { REOPEN_STAGES } from "@/lib/validation/closed-lead-options";
import { reopenLeadAction, type ReopenLeadActionState } from "@/server/leads/reopen-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";

/**
 * A manager puts a lost lead back in the open lists. A dialog, not a one-click button: the stage is
 * chosen (the stage it was lost from is offered first) and the step is confirmed, since it is audited.
 */
export function ReopenLeadDialog({
  leadId,
  version,
  lostFrom,
  defaultOpen = false,
}: {
  leadId: string;
  version: number;
  lostFrom: OpenStage;
  /** Open at once: the stand-in button (./reopen-lead-button.tsx) was pressed to load this. */
  defaultOpen?: boolean;
}) {
  const t = useTranslations("lead");
  const router = useRouter();
  const [open, setOpen] = useState(defaultOpen);
  const [state, action, pending] = useActionState<ReopenLeadActionState, FormData>(reopenLeadAction, null);
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="secondary" data-testid="reopen-lead">
          {t("reopen.button")}
        </Button>
      </DialogTrigger>
      <DialogContent size="sm" closeLabel={t("reopen.cancel")}>
        <DialogTitle>{t("reopen.title")}</DialogTitle>
        <DialogDescription>{t("reopen.description")}</DialogDescription>
        <form action={action} className="flex flex-col gap-4">
          <input type="hidden" name="leadId" value={leadId} />
          <input type="hidden" name="version" value={version} />
          <FormField label={t("reopen.stage")}>
            <Select name="stage" defaultValue={lostFrom}>
              {REOPEN_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {t(`stages.${stage}`)}
                </option>
              ))}
            </Select>
          </FormField>
          {state && !state.ok ? (
            <Alert
              tone="error"
              action={
                state.conflict ? (
                  <Button size="sm" variant="secondary" type="button" onClick={() => router.refresh()}>
                    {t("assignment.reload")}
                  </Button>
                ) : undefined
              }
            >
              {state.message}
            </Alert>
          ) : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary" type="button" disabled={pending}>
                {t("reopen.cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" pending={pending}>
              {t("reopen.confirm")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
