"use client";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import type { ColumnState } from "./use-board-columns";

/** On a phone the board is one stage at a time: pick it here (columns side by side from md up). */
export function BoardStagePicker({
  columns,
  label,
  value,
  onChange,
}: {
  columns: ColumnState[];
  label: (stage: string) => string;
  value: string | undefined;
  onChange: (stage: ColumnState["stage"]) => void;
}) {
  const t = useTranslations("pipeline.board");
  return (
    <FormField label={t("stagePicker")} className="md:hidden">
      <Select value={value} onChange={(e) => onChange(e.target.value as ColumnState["stage"])}>
        {columns.map((c) => (
          <option key={c.stage} value={c.stage}>
            {t("stageOption", { stage: label(c.stage), count: c.totals.count })}
          </option>
        ))}
      </Select>
    </FormField>
  );
}
