"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { MessageChannel } from "@/generated/prisma/enums";
import type { ActionType } from "@/lib/validation/automation-options";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionRow, EditorChoices } from "./editor-types";

const CHANNELS: MessageChannel[] = ["EMAIL", "SMS"];
const PURPOSES = ["CARE", "MARKETING", "ANSWER"] as const;

/** One action row: what to do, and the fields that kind of action needs (named actions.<index>.<field>). */
export function ActionFields({
  index,
  initial,
  types,
  choices,
  errors,
}: {
  index: number;
  initial: ActionRow;
  types: ("none" | ActionType)[];
  choices: EditorChoices;
  errors: Partial<Record<string, string>>;
}) {
  const t = useTranslations("settings.automations");
  const [type, setType] = useState(initial.type);
  const [channel, setChannel] = useState<MessageChannel>((initial.channel as MessageChannel) ?? "EMAIL");
  const name = (field: string) => `actions.${index}.${field}`;
  const templates = choices.templates.filter((tpl) => tpl.channel === channel);
  return (
    <div
      className="grid gap-3 border-t border-line pt-3 first:border-t-0 first:pt-0 sm:grid-cols-2"
      data-testid="automation-action"
    >
      <FormField
        label={t("fields.action", { number: index + 1 })}
        error={errors[name("type")]}
        className="sm:col-span-2"
      >
        <Select name={name("type")} value={type} onChange={(e) => setType(e.target.value as ActionRow["type"])}>
          {types.map((value) => (
            <option key={value} value={value}>
              {t(`actionTypes.${value}`)}
            </option>
          ))}
        </Select>
      </FormField>
      {type === "send" || type === "sendForStage" ? (
        <FormField label={t("fields.channel")} error={errors[name("channel")]}>
          <Select name={name("channel")} value={channel} onChange={(e) => setChannel(e.target.value as MessageChannel)}>
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {t(`channels.${value}`)}
              </option>
            ))}
          </Select>
        </FormField>
      ) : null}
      {type === "send" ? (
        <FormField label={t("fields.template")} error={errors[name("template")]} required>
          <Select name={name("template")} defaultValue={String(initial.template ?? "")}>
            <option value="">{t("fields.chooseTemplate")}</option>
            {templates.map((tpl) => (
              <option key={tpl.name} value={tpl.name}>
                {tpl.name}
              </option>
            ))}
          </Select>
        </FormField>
      ) : null}
      {type === "sendForStage" ? (
        <FormField label={t("fields.purpose")} error={errors[name("purpose")]}>
          <Select name={name("purpose")} defaultValue={String(initial.purpose ?? "MARKETING")}>
            {PURPOSES.map((value) => (
              <option key={value} value={value}>
                {t(`purposes.${value}`)}
              </option>
            ))}
          </Select>
        </FormField>
      ) : null}
      {type === "followUp" ? (
        <FormField label={t("fields.followUpDays")} error={errors[name("days")]} required>
          <Input
            name={name("days")}
            type="number"
            inputMode="numeric"
            min={0}
            max={365}
            defaultValue={initial.days ?? 1}
          />
        </FormField>
      ) : null}
      {type === "stage" ? (
        <FormField label={t("fields.stage")} error={errors[name("stage")]}>
          <Select name={name("stage")} defaultValue={String(initial.stage ?? "CONTACTED")}>
            {choices.stages.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </FormField>
      ) : null}
    </div>
  );
}
