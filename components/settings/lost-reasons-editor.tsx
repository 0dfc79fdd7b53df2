"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { LOST_REASON_LABEL_MAX } from "@/lib/validation/lost-reason-options";
import {
  createLostReasonAction,
  moveLostReasonAction,
  updateLostReasonAction,
  type LostReasonFormState,
} from "@/server/lost-reasons/actions";
import type { LostReasonRow } from "@/server/lost-reasons/queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { ChevronDownIcon, ChevronUpIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { useKeptForm } from "@/components/ui/use-kept-form";

/** Settings → Lost reasons: each reason renamed or switched off in its row, moved up or down; new ones added. */
export function LostReasonsEditor({ reasons }: { reasons: LostReasonRow[] }) {
  const t = useTranslations("pipeline.reasons");
  return (
    <div className="flex flex-col gap-4">
      {reasons.length ? (
        <Card className="divide-y divide-line">
          <ol aria-label={t("listLabel")} className="divide-y divide-line">
            {reasons.map((reason, i) => (
              <ReasonRow key={reason.id} reason={reason} first={i === 0} last={i === reasons.length - 1} />
            ))}
          </ol>
        </Card>
      ) : (
        <p className="text-sm text-ink-muted">{t("empty")}</p>
      )}
      <AddReason />
    </div>
  );
}

function Message({ state }: { state: LostReasonFormState }) {
  if (!state || state.fieldErrors) return null;
  return <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>;
}

function ReasonRow({ reason, first, last }: { reason: LostReasonRow; first: boolean; last: boolean }) {
  const t = useTranslations("pipeline.reasons");
  const save = useKeptForm<LostReasonFormState>(updateLostReasonAction, { draft: `lost-reason:${reason.id}` });
  return (
    <li className="flex flex-col gap-2 p-3" data-testid="lost-reason-row">
      <Message state={save.state} />
      <div className="flex flex-wrap items-end gap-3">
        <form {...save.formProps} className="flex min-w-0 flex-1 flex-wrap items-end gap-3">
          <input type="hidden" name="id" value={reason.id} />
          <FormField label={t("label")} error={save.state?.fieldErrors?.label} className="min-w-48 flex-1">
            <Input name="label" defaultValue={reason.label} maxLength={LOST_REASON_LABEL_MAX} />
          </FormField>
          <label className="flex h-11 items-center gap-2 text-sm text-ink sm:pointer-fine:h-9">
            <input type="checkbox" name="active" defaultChecked={reason.active} className="size-4 accent-accent-600" />
            {t("active")}
          </label>
          <Button
            type="submit"
            variant="secondary"
            size="sm"
            pending={save.pending}
            aria-label={t("saveLabel", { label: reason.label })}
          >
            {t("save")}
          </Button>
        </form>
        <div className="flex gap-1">
          <MoveButton id={reason.id} direction="up" disabled={first} label={t("moveUp", { label: reason.label })} />
          <MoveButton id={reason.id} direction="down" disabled={last} label={t("moveDown", { label: reason.label })} />
        </div>
      </div>
      {reason.active ? null : <p className="text-xs text-ink-muted">{t("inactive")}</p>}
    </li>
  );
}

function MoveButton({
  id,
  direction,
  disabled,
  label,
}: {
  id: string;
  direction: "up" | "down";
  disabled: boolean;
  label: string;
}) {
  const move = useKeptForm<LostReasonFormState>(moveLostReasonAction);
  const Icon = direction === "up" ? ChevronUpIcon : ChevronDownIcon;
  return (
    <form {...move.formProps}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="direction" value={direction} />
      <Button type="submit" variant="ghost" size="sm" disabled={disabled} pending={move.pending} aria-label={label}>
        <Icon className="size-4" />
      </Button>
    </form>
  );
}

function AddReason() {
  const t = useTranslations("pipeline.reasons");
  const add = useKeptForm<LostReasonFormState>(createLostReasonAction);
  const formRef = useRef<HTMLFormElement>(null);
  // A reason added clears the field for the next one; a refused one keeps what was typed.
  useEffect(() => {
    if (add.state?.ok) formRef.current?.reset();
  }, [add.state]);
  return (
    <Card className="p-3">
      <form ref={formRef} {...add.formProps} className="flex flex-col gap-2">
        <Message state={add.state} />
        <div className="flex flex-wrap items-end gap-3">
          <FormField label={t("newLabel")} error={add.state?.fieldErrors?.label} className="min-w-48 flex-1">
            <Input name="label" maxLength={LOST_REASON_LABEL_MAX} />
          </FormField>
          <Button type="submit" pending={add.pending}>
            {t("add")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
