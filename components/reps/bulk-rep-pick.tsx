"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { RepPicker, type PickedRep } from "./rep-picker";

/** A bulk action's rep (assign the selected rows to…): the rep picker and Apply, like BulkPick's select. */
export function BulkRepPick({
  label,
  onApply,
  disabled,
  testId,
}: {
  label: string;
  onApply: (rep: PickedRep) => void;
  disabled: boolean;
  testId: string;
}) {
  const t = useTranslations("bulk");
  const id = useId();
  const [rep, setRep] = useState<PickedRep | null>(null);
  return (
    <div className="flex items-center gap-1.5" data-testid={testId}>
      <label htmlFor={id} className="text-xs text-ink-muted">
        {label}
      </label>
      <RepPicker id={id} value={rep} onPick={setRep} placeholder={t("pick")} above className="w-52" />
      <Button
        size="sm"
        variant="secondary"
        disabled={!rep || disabled}
        onClick={() => {
          if (!rep) return;
          onApply(rep);
          setRep(null);
        }}
      >
        {t("apply")}
      </Button>
    </div>
  );
}
