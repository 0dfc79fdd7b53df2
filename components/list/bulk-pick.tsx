"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/** One bulk action that needs a choice (a rep, a stage, a segment): a labelled picker and Apply. */
export function BulkPick({
  label,
  options,
  onApply,
  disabled,
  hint,
  testId,
}: {
  label: string;
  options: { value: string; label: string }[];
  onApply: (value: string) => void;
  disabled: boolean;
  hint?: string;
  testId: string;
}) {
  const t = useTranslations("bulk");
  const id = useId();
  const [value, setValue] = useState("");
  return (
    <div className="flex items-center gap-1.5" data-testid={testId} title={hint}>
      <label htmlFor={id} className="text-xs text-ink-muted">
        {label}
      </label>
      <Select id={id} value={value} onChange={(e) => setValue(e.target.value)} className="w-40">
        <option value="">{t("pick")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <Button
        size="sm"
        variant="secondary"
        disabled={!value || disabled}
        onClick={() => {
          onApply(value);
          setValue("");
        }}
      >
        {t("apply")}
      </Button>
    </div>
  );
}
