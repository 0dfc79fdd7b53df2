"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { MERGE_FIELDS, type MergeField, type MergeKeep, type MergeSide } from "@/lib/validation/customer-merge-fields";
import { mergeCustomersAction, type MergeActionState } from "@/server/customers/merge-actions";
import type { MergePreview, MergeSideView } from "@/server/customers/merge-queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
} from "@/components/ui/dialog";

// The two customers field by field; per field the manager picks the value to keep (the kept
// customer's by default, the duplicate's where only it has one). Nothing happens until the dialog,
// which says what moves, is confirmed; the server checks everything again.

const initialKeep = (p: MergePreview): MergeKeep =>
  Object.fromEntries(
    MERGE_FIELDS.map((f) => [f, p.target[f] === null && p.source[f] !== null ? "source" : "target"]),
  ) as MergeKeep;

export function MergeForm({ preview }: { preview: MergePreview }) {
  const t = useTranslations("customer");
  const tl = useTranslations("common.languages");
  const [keep, setKeep] = useState(() => initialKeep(preview));
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<MergeActionState, FormData>(async (previous, formData) => {
    const result = await mergeCustomersAction(previous, formData);
    setConfirming(false);
    return result;
  }, null);
  const { target, source, sourceBrings } = preview;
  const twoLogins = target.hasLogin && source.hasLogin;
  const blocked = twoLogins || source.erased;
  const shown = (side: MergeSideView, field: MergeField) => {
    const value = side[field];
    if (value === null || value === "") return <span className="text-ink-subtle">{t("merge.empty")}</span>;
    if (field === "journeyStage") return t(`journeyMap.stages.${value}` as "journeyMap.stages.NEED");
    if (field === "locale") return tl(value as "en");
    return value;
  };
  const option = (field: MergeField, side: MergeSide, who: MergeSideView) => (
    <label className="flex min-h-11 cursor-pointer items-start gap-2 rounded-md border border-line px-3 py-2 has-[:checked]:border-accent-600 has-[:checked]:bg-accent-50">
      <input
        type="radio"
        name={`keep.${field}`}
        value={side}
        checked={keep[field] === side}
        onChange={() => setKeep((k) => ({ ...k, [field]: side }))}
        className="mt-1 accent-accent-600"
      />
      <span className="flex min-w-0 flex-col">
        <span className="text-xs text-ink-muted">{who.name}</span>
        <span className="break-words text-ink">{shown(who, field)}</span>
      </span>
    </label>
  );
  return (
    <form id="merge-form" action={action} className="flex flex-col gap-4">
      <input type="hidden" name="targetId" value={target.id} />
      <input type="hidden" name="sourceId" value={source.id} />
      <h2 className="text-base font-semibold">{t("merge.choose")}</h2>
      <div className="hidden gap-3 text-sm font-medium text-ink-muted sm:grid sm:grid-cols-[10rem_1fr_1fr]">
        <span />
        <span>{t("merge.kept", { name: target.name })}</span>
        <span>{t("merge.duplicate", { name: source.name })}</span>
      </div>
      {MERGE_FIELDS.map((field) => (
        <fieldset key={field} className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr_1fr] sm:items-start sm:gap-3">
          <legend className="float-left mb-1 font-medium text-ink sm:mb-0 sm:pt-2">{t(`merge.fields.${field}`)}</legend>
          {option(field, "target", target)}
          {option(field, "source", source)}
        </fieldset>
      ))}
      <p className="text-sm text-ink-muted">{t("merge.consentNote")}</p>
      {source.hasLogin && !blocked ? <Alert tone="info">{t("merge.loginNote", { name: target.name })}</Alert> : null}
      {twoLogins ? <Alert tone="error">{t("merge.twoLoginsNote")}</Alert> : null}
      {source.erased ? <Alert tone="error">{t("merge.erasedNote")}</Alert> : null}
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <div>
        <Button type="button" variant="danger" disabled={blocked} onClick={() => setConfirming(true)}>
          {t("merge.submit")}
        </Button>
      </div>
      <Dialog open={confirming} onOpenChange={(next) => !pending && setConfirming(next)}>
        <DialogContent size="sm" role="alertdialog" onInteractOutside={(e) => e.preventDefault()}>
          <DialogTitle>{t("merge.confirmTitle", { source: source.name, target: target.name })}</DialogTitle>
          <DialogDescription>
            {t("merge.confirmBody", { source: source.name, target: target.name, ...sourceBrings })}
          </DialogDescription>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary" disabled={pending}>
                {t("merge.cancel")}
              </Button>
            </DialogClose>
            <Button type="submit" form="merge-form" variant="danger" pending={pending}>
              {t("merge.confirm")}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </form>
  );
}
