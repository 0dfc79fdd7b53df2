"use client";

import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { segmentAudience } from "@/lib/segment-audience";
import { customerFiltersToSearch } from "@/lib/validation/customer-filters-url";
import { SEGMENT_NAME_MAX } from "@/lib/validation/segment-limits";
import { saveSegmentAction, type SaveSegmentState } from "@/server/customers/segment-actions";
import { useCustomerListState } from "./customer-list-state";

// "Save as segment": names the filters now on screen. After saving, the list shows the segment
// (its id in the URL), so what was saved is what the user sees.

export function SegmentSaveDialog({
  open,
  onOpenChange,
  defaultName,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  defaultName?: string;
}) {
  const t = useTranslations("customerList.segments");
  const router = useRouter();
  const { filters } = useCustomerListState();
  const [state, action, pending] = useActionState<SaveSegmentState, FormData>(saveSegmentAction, null);
  const [marketing, setMarketing] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  useEffect(() => {
    if (!state?.ok) return;
    onOpenChange(false);
    router.replace(
      `/customers${customerFiltersToSearch(segmentAudience(filters, { marketing }), { segment: state.id })}`,
      { scroll: false },
    );
    // Only a new result should navigate; filters and marketing are read as they were at submit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const nameError = state && !state.ok ? state.fieldErrors.name?.[0] : undefined;
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t("close")}>
        <DialogTitle>{t("saveTitle")}</DialogTitle>
        <DialogDescription>{t("saveBody")}</DialogDescription>
        <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
          <input type="hidden" name="search" value={customerFiltersToSearch(filters)} />
          <FormField label={t("name")} required error={nameError ? t(`errors.${nameError}`) : undefined}>
            <Input
              name="name"
              defaultValue={defaultName}
              maxLength={SEGMENT_NAME_MAX}
              placeholder={t("namePlaceholder")}
              autoComplete="off"
            />
          </FormField>
          <label className="flex items-start gap-2 text-sm text-ink">
            <input type="checkbox" name="shared" className="mt-0.5 size-4 accent-accent-600" />
            <span>
              {t("shared")}
              <span className="block text-xs text-ink-muted">{t("sharedHint")}</span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm text-ink">
            <input
              type="checkbox"
              name="marketing"
              checked={marketing}
              onChange={(e) => setMarketing(e.target.checked)}
              className="mt-0.5 size-4 accent-accent-600"
            />
            <span>
              {t("marketing")}
              <span className="block text-xs text-ink-muted">{t("marketingHint")}</span>
            </span>
          </label>
          <DialogFooter>
            <Button type="button" variant="secondary" onClick={() => onOpenChange(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" pending={pending}>
              {t("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
