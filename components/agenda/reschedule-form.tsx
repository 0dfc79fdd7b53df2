"use client";
import { useEffect, useOptimistic, useState, startTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { rescheduleFollowUpAction, type RescheduleActionState } from "@/server/agenda/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { AgendaRowActionsProps } from "./agenda-row-types";

type Props = AgendaRowActionsProps & { onDone: (message: string) => void; onCancel: () => void };

const PICK = "pick";

// Quick choices whose instants the server computes when it saves; or a date the rep picks. While
// the save is under way the row already says where the follow-up is going (safe: nothing else
// depends on it, and a refusal puts the form back with the choice and the date as they were).
export function RescheduleForm({ leadId, version, customerName, minDateTime, choices, onDone, onCancel }: Props) {
  const t = useTranslations("agenda.reschedule");
  const router = useRouter();
  const [choice, setChoice] = useState(choices[0]?.value ?? PICK);
  const { state, pending, formProps } = useKeptForm<RescheduleActionState>(rescheduleFollowUpAction, {
    draft: `reschedule:${leadId}`,
  });
  const [optimistic, setOptimistic] = useOptimistic<string | null>(null);
  useEffect(() => {
    if (state?.ok) {
      onDone(state.message);
      router.refresh();
    }
  }, [state, onDone, router]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const label = choices.find((c) => c.value === choice)?.label ?? null;
    startTransition(() => setOptimistic(label));
    formProps.onSubmit(event);
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      {...formProps}
      onSubmit={onSubmit}
      aria-label={t("title", { name: customerName })}
      className="flex flex-col gap-3 rounded-md border border-line bg-gray-50 p-3"
    >
      <input type="hidden" name="leadId" value={leadId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-ink">{t("legend")}</legend>
        {[...choices, { value: PICK, label: t("choices.pick") }].map((c, i) => (
          <label key={c.value} className="flex min-h-11 items-center gap-2 text-sm sm:min-h-8">
            <input
              type="radio"
              name="choice"
              value={c.value}
              checked={choice === c.value}
              onChange={() => setChoice(c.value)}
              autoFocus={i === 0}
              className="size-4 accent-accent-600"
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      {errors?.choice ? <p className="text-xs font-medium text-danger-fg">{errors.choice}</p> : null}
      {choice === PICK ? (
        <FormField label={t("at")} error={errors?.at} required className="max-w-xs">
          <Input type="datetime-local" name="at" min={minDateTime} />
        </FormField>
      ) : null}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {pending && optimistic ? (
        <p role="status" className="text-sm text-ink-muted">
          {t("movedTo", { time: optimistic })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? t("moving") : t("move")}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
