"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { AutomationTrigger } from "@/generated/prisma/enums";
import { ACTION_TYPES, MAX_ACTIONS, type ActionType } from "@/lib/validation/automation-options";
import { saveRuleAction, type RuleFormState } from "@/server/automations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { ActionFields } from "./automation-action-fields";
import type { ActionRow, EditedRule, EditorChoices } from "./editor-types";

/** Every answer carries the rule's id and version: the saved ones, or those a refused save was sent with. */
async function saveKeepingId(previous: RuleFormState, data: FormData): Promise<RuleFormState> {
  const result = await saveRuleAction(previous, data);
  if (result?.ok) return result;
  return {
    ...result,
    ok: false,
    id: String(data.get("id") ?? "") || undefined,
    version: Number(data.get("version") ?? 0),
  };
}

/** A rule's trigger, conditions and actions, with only the fields the chosen trigger and actions need. */
export function AutomationRuleForm({ rule, choices }: { rule: EditedRule | null; choices: EditorChoices }) {
  const t = useTranslations("settings.automations");
  const { state, pending, formProps } = useKeptForm<RuleFormState>(saveKeepingId);
  const [trigger, setTrigger] = useState<AutomationTrigger>(rule?.trigger ?? "SIGNAL");
  // A new rule, once saved, is edited from then on: the next save changes it, not a second one.
  const saved = { id: state?.id ?? rule?.id ?? "", version: state?.version ?? rule?.version ?? 0 };
  const messageRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state) return;
    const first = state.ok ? undefined : Object.keys(state.fieldErrors ?? {})[0];
    const target = first ? formRef.current?.elements.namedItem(first) : messageRef.current;
    if (target instanceof HTMLElement) target.focus();
  }, [state]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const params = rule?.params ?? { kind: "CART_ABANDONED", delayMinutes: 0 };
  const conditions = rule?.conditions ?? {};
  const rows: ActionRow[] = Array.from({ length: MAX_ACTIONS }, (_, i) => rule?.actions[i] ?? { type: "none" });
  const fieldset = "flex flex-col gap-4 rounded-md border border-line p-4";
  const legend = "px-1 text-sm font-semibold text-ink";

  return (
    <form {...formProps} ref={formRef} className="flex flex-col gap-6" aria-label={rule?.name ?? t("new")}>
      <input type="hidden" name="id" value={saved.id} />
      <input type="hidden" name="version" value={saved.version} />
      <div ref={messageRef} tabIndex={-1} className="outline-none empty:hidden">
        {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      </div>
      <FormField label={t("fields.name")} error={errors.name} required>
        <Input name="name" defaultValue={rule?.name} maxLength={120} />
      </FormField>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("fields.triggerTitle")}</legend>
        <FormField label={t("fields.trigger")} error={errors.trigger}>
          <Select name="trigger" value={trigger} onChange={(e) => setTrigger(e.target.value as AutomationTrigger)}>
            {choices.triggers.map((value) => (
              <option key={value} value={value}>
                {t(`triggers.${value}`)}
              </option>
            ))}
          </Select>
        </FormField>
        {trigger === "SIGNAL" ? (
          <FormField label={t("fields.kind")} error={errors["params.kind"]}>
            <Select name="params.kind" defaultValue={String(params.kind ?? "CART_ABANDONED")}>
              {choices.kinds.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </FormField>
        ) : null}
        {trigger === "ORDER_MILESTONE" ? (
          <FormField label={t("fields.milestone")} error={errors["params.milestone"]}>
            <Select name="params.milestone" defaultValue={String(params.milestone ?? "DELIVERED")}>
              {choices.milestones.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </FormField>
        ) : null}
        {trigger === "AFTER_DELIVERY" || trigger === "LEAD_IDLE" ? (
          <FormField label={t("fields.days")} error={errors["params.days"]} required>
            <Input
              name="params.days"
              type="number"
              inputMode="numeric"
              min={1}
              max={3650}
              defaultValue={params.days ?? 14}
            />
          </FormField>
        ) : null}
        {trigger === "SCORE_RISE" ? (
          <FormField label={t("fields.minRise")} error={errors["params.minRise"]} required>
            <Input
              name="params.minRise"
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              defaultValue={params.minRise ?? 5}
            />
          </FormField>
        ) : null}
        <FormField label={t("fields.delayMinutes")} hint={t("fields.delayHint")} error={errors["params.delayMinutes"]}>
          <Input
            name="params.delayMinutes"
            type="number"
            inputMode="numeric"
            min={0}
            defaultValue={params.delayMinutes ?? 0}
          />
        </FormField>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("fields.conditionsTitle")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {(
            [
              ["consent", choices.consents],
              ["segmentId", choices.segments],
              ["category", choices.categories],
              ["teamId", choices.teams],
            ] as const
          ).map(([field, options]) => (
            <FormField
              key={field}
              label={t(`fields.${field.replace(/Id$/, "")}`)}
              error={errors[`conditions.${field}`]}
            >
              <Select name={`conditions.${field}`} defaultValue={conditions[field] ?? ""}>
                <option value="">{t("fields.any")}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </FormField>
          ))}
        </div>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("fields.actionsTitle")}</legend>
        {rows.map((row, index) => (
          <ActionFields
            key={index}
            index={index}
            initial={row}
            types={["none", ...ACTION_TYPES] as ("none" | ActionType)[]}
            choices={choices}
            errors={errors}
          />
        ))}
      </fieldset>

      <div>
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
