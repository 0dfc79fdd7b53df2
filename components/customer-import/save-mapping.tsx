"use client";

import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ColumnMapping, ImportCountry } from "@/lib/customer-import/fields";
import { saveMappingAction } from "@/server/customer-import/actions";

// "Save this mapping" for the next file from the same place; the wizard offers it again when a file
// with the same column headers is chosen.

export function SaveMapping(props: { columns: string[]; mapping: ColumnMapping; country: ImportCountry }) {
  const t = useTranslations("customerImport");
  const id = useId();
  const [name, setName] = useState("");
  const [result, setResult] = useState<"saved" | "failed" | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await saveMappingAction({
            name,
            columns: props.columns,
            mapping: props.mapping,
            country: props.country,
          });
          setResult(r.ok ? "saved" : "failed");
        });
      }}
    >
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {t("wizard.saveMapping")}
      </label>
      <div className="flex gap-2">
        <Input
          id={id}
          value={name}
          maxLength={80}
          placeholder={t("wizard.saveMappingPlaceholder")}
          onChange={(e) => {
            setName(e.target.value);
            setResult(null);
          }}
          className="w-56"
        />
        <Button type="submit" variant="secondary" disabled={pending || !name.trim()}>
          {t("wizard.save")}
        </Button>
      </div>
      <p role="status" className="text-xs text-ink-muted">
        {result === "saved"
          ? t("wizard.mappingSaved", { name })
          : result === "failed"
            ? t("wizard.mappingNotSaved")
            : ""}
      </p>
    </form>
  );
}
