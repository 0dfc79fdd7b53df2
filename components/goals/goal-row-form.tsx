"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { GOAL_CURRENCIES, GOAL_FIELDS } from "@/lib/goal-fields";
import { setGoalAction, type GoalFormState } from "@/server/goals/actions";
import type { GoalSettingRow } from "@/server/goals/queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useKeptForm } from "@/components/ui/use-kept-form";

/** One team's or rep's targets for the month, saved on their own (Settings → Goals). */
export function GoalRowForm({ row, month }: { row: GoalSettingRow; month: string }) {
  const t = useTranslations("goals");
  const save = useKeptForm<GoalFormState>(setGoalAction);
  const [currency, setCurrency] = useState<string>(row.currency);
  return (
    <li className="flex flex-col gap-2 p-3" data-testid="goal-row">
      {save.state && !save.state.fieldErrors ? (
        <Alert tone={save.state.ok ? "success" : "error"}>{save.state.message}</Alert>
      ) : null}
      <form
        {...save.formProps}
        className="grid gap-3 sm:grid-cols-[minmax(10rem,1.4fr)_repeat(3,minmax(0,1fr))_5.5rem_auto] sm:items-end"
      >
        <input type="hidden" name="month" value={month} />
        <input type="hidden" name="kind" value={row.kind} />
        <input type="hidden" name="targetId" value={row.id} />
        <div className="min-w-0 sm:pb-2">
          <p className="truncate text-sm font-medium text-ink" title={row.name}>
            {row.name}
          </p>
          {row.kind === "user" ? (
            <p className="truncate text-xs text-ink-muted">{row.teamName ?? t("noTeam")}</p>
          ) : null}
        </div>
        {GOAL_FIELDS.map((field) => (
          <FormField key={field} label={t(`fields.${field}`, { currency })} error={save.state?.fieldErrors?.[field]}>
            <Input
              name={field}
              inputMode="numeric"
              defaultValue={row[field] ?? ""}
              className="text-right tabular-nums"
              aria-label={`${t(`fields.${field}`, { currency })}, ${row.name}`}
            />
          </FormField>
        ))}
        <FormField label={t("currency")}>
          <Select
            name="currency"
            value={currency}
            onChange={(e) => setCurrency(e.target.value)}
            aria-label={`${t("currency")}, ${row.name}`}
          >
            {GOAL_CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </FormField>
        <Button
          type="submit"
          variant="secondary"
          size="sm"
          pending={save.pending}
          aria-label={t("saveLabel", { name: row.name })}
        >
          {t("save")}
        </Button>
      </form>
    </li>
  );
}
