"use client";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FOLLOW_UP_OUTCOMES, NOTE_MAX } from "@/lib/validation/follow-up-options";
import { logFollowUpAction, type FollowUpActionState } from "@/server/leads/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { AgendaRowActionsProps } from "./agenda-row-types";

type Props = AgendaRowActionsProps & { onDone: (message: string) => void; onCancel: () => void };

// Logging a call from the agenda is the lead page's follow-up (logFollowUpAction), type CALL: the
// same rules for the clock, the owner and the next follow-up, which stays as planned unless the
// rep changes or clears it.
export function LogCallForm({
  leadId,
  version,
  idempotencyKey,
  customerName,
  minDateTime,
  plannedDateTime,
  onDone,
  onCancel,
}: Props) {
  const t = useTranslations("agenda.logCall");
  const tf = useTranslations("followUp");
  const router = useRouter();
  const { state, pending, formProps } = useKeptForm<FollowUpActionState>(logFollowUpAction, {
    draft: `log-call:${leadId}`,
  });
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (state?.ok) {
      onDone(state.message);
      router.refresh();
    }
  }, [state, onDone, router]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      {...formProps}
      aria-label={t("title", { name: customerName })}
      className="grid gap-3 rounded-md border border-line bg-gray-50 p-3 sm:grid-cols-2"
    >
      <input type="hidden" name="leadId" value={leadId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="type" value="CALL" />
      <FormField label={t("outcome")} error={errors?.outcome} required>
        <Select ref={first} name="outcome" defaultValue="">
          <option value="" disabled>
            {t("chooseOutcome")}
          </option>
          {FOLLOW_UP_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {tf(`outcomes.${o}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField
        label={t("next")}
        error={errors?.nextFollowUpAt}
        hint={plannedDateTime ? t("nextKeptHint") : t("nextEmptyHint")}
      >
        <Input type="datetime-local" name="nextFollowUpAt" min={minDateTime} defaultValue={plannedDateTime ?? ""} />
      </FormField>
      <FormField label={t("note")} error={errors?.note} className="sm:col-span-2">
        <Textarea name="note" rows={2} maxLength={NOTE_MAX} />
      </FormField>
      {state && !state.ok ? (
        <Alert tone="error" className="sm:col-span-2">
          {state.message}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <Button type="submit" pending={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
