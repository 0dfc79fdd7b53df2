"use client";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { formatMajorAmount } from "@/lib/validation/board-move-options";
import { LOST_REASON_MAX } from "@/lib/validation/follow-up-options";
import type { BoardMoveState } from "@/server/leads/board-actions";
import type { BoardCard } from "@/server/leads/board-queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type CloseFields = { lostReasonId?: string; lostReason?: string; value?: string };

type Props = {
  pending: { card: BoardCard; to: "WON" | "LOST" } | null;
  lostReasons: { id: string; label: string }[];
  /** Saves the move; the dialog closes when it succeeds and keeps what was typed when it does not. */
  onConfirm: (fields: CloseFields) => Promise<BoardMoveState>;
  onCancel: () => void;
};

/** Closing a lead asks what closing needs: Lost a reason from the managers' list, Won the deal's value. */
export function CloseLeadDialog({ pending, lostReasons, onConfirm, onCancel }: Props) {
  const t = useTranslations("pipeline.board");
  const [state, setState] = useState<BoardMoveState | null>(null);
  const [saving, setSaving] = useState(false);
  const lost = pending?.to === "LOST";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => (typeof data.get(name) === "string" ? (data.get(name) as string) : undefined);
    setSaving(true);
    try {
      const result = await onConfirm({
        lostReasonId: text("lostReasonId"),
        lostReason: text("lostReason"),
        value: text("value"),
      });
      setState(result.ok ? null : result);
    } finally {
      setSaving(false);
    }
  }

  const errors = state?.fieldErrors ?? {};
  return (
    <Dialog
      open={pending !== null}
      onOpenChange={(open) => {
        if (open || saving) return;
        setState(null);
        onCancel();
      }}
    >
      {pending ? (
        <DialogContent size="sm" closeLabel={t("cancel")}>
          <DialogTitle>{t(lost ? "lostTitle" : "wonTitle", { name: pending.card.customerName })}</DialogTitle>
          <DialogDescription>{t(lost ? "lostDescription" : "wonDescription")}</DialogDescription>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4" data-testid="close-lead-form">
            {state && !state.fieldErrors ? <Alert tone="error">{state.message}</Alert> : null}
            {lost && lostReasons.length ? (
              <FormField label={t("reason")} error={errors.lostReasonId} required>
                <Select name="lostReasonId" defaultValue="" autoFocus>
                  <option value="" disabled>
                    {t("chooseReason")}
                  </option>
                  {lostReasons.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.label}
                    </option>
                  ))}
                </Select>
              </FormField>
            ) : null}
            {lost ? (
              <FormField
                label={lostReasons.length ? t("details") : t("reason")}
                error={errors.lostReason ?? (lostReasons.length ? undefined : errors.lostReasonId)}
                hint={t("detailsHint", { max: LOST_REASON_MAX })}
                required={!lostReasons.length}
              >
                <Input name="lostReason" maxLength={LOST_REASON_MAX} />
              </FormField>
            ) : (
              <FormField
                label={t("value", { currency: pending.card.currency })}
                error={errors.value}
                hint={t("valueHint")}
              >
                <Input
                  name="value"
                  inputMode="decimal"
                  autoFocus
                  defaultValue={formatMajorAmount(pending.card.valueMinor)}
                  className="tabular-nums"
                />
              </FormField>
            )}
            <DialogFooter>
              <Button type="button" variant="secondary" onClick={() => onCancel()} disabled={saving}>
                {t("cancel")}
              </Button>
              <Button type="submit" variant={lost ? "danger" : "primary"} pending={saving}>
                {t(lost ? "confirmLost" : "confirmWon")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
