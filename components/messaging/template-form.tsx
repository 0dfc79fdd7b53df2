"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { smsLength, SMS_MAX_PARTS } from "@/lib/messaging/sms-length";
import {
  EMAIL_BODY_MAX,
  MESSAGE_CHANNELS,
  MESSAGE_PURPOSES,
  SUBJECT_MAX,
  TEMPLATE_LOCALES,
  TEMPLATE_NAME_MAX,
  TEMPLATE_STAGES,
} from "@/lib/validation/message-limits";
import { archiveTemplateAction, saveTemplateAction } from "@/server/messaging/actions";
import type { TemplateRow } from "@/server/messaging/templates";
import { useOrderForm } from "@/components/orders/use-order-form";
import { Button } from "@/components/ui/button";
import { ConfirmedRemoval } from "@/components/ui/confirmed-removal";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { VariablesHint } from "./variables-hint";

const FIELDS = ["name", "channel", "purpose", "stage", "locale", "subject", "body"] as const;

/** One template (or a new one, without `template`), saved against the version it was shown with. */
export function TemplateForm({
  template,
  stageLabels,
}: {
  template?: TemplateRow;
  stageLabels: Record<string, string>;
}) {
  const t = useTranslations("messaging");
  const { pending, errors, formProps, message } = useOrderForm(saveTemplateAction, FIELDS, {
    resetOnSuccess: !template,
  });
  const [channel, setChannel] = useState<string>(template?.channel ?? "EMAIL");
  const [body, setBody] = useState(template?.body ?? "");
  const sms = smsLength(body);
  const label = template ? template.name : t("templates.addTitle");
  return (
    <form
      {...formProps}
      className="flex flex-col gap-3"
      aria-label={label}
      data-testid={template ? "template" : "template-new"}
      onReset={() => setBody("")}
    >
      <input type="hidden" name="id" value={template?.id ?? ""} />
      <input type="hidden" name="version" value={template?.version ?? 0} />
      {message}
      <FormField label={t("templates.name")} error={errors.name} required>
        <Input name="name" defaultValue={template?.name} maxLength={TEMPLATE_NAME_MAX} />
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label={t("templates.channel")} error={errors.channel} required>
          <Select name="channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
            {MESSAGE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t("templates.locale")} error={errors.locale} required>
          <Select name="locale" defaultValue={template?.locale ?? "nb"}>
            {TEMPLATE_LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`locales.${l}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t("templates.purpose")} error={errors.purpose} hint={t("templates.purposeHelp")} required>
          <Select name="purpose" defaultValue={template?.purpose ?? "ANSWER"}>
            {MESSAGE_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(`purposes.${p}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t("templates.stage")} error={errors.stage}>
          <Select name="stage" defaultValue={template?.stage ?? ""}>
            <option value="">{t("templates.anyStage")}</option>
            {TEMPLATE_STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabels[s] ?? s}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      {channel === "EMAIL" ? (
        <FormField label={t("templates.subject")} error={errors.subject} required>
          <Input name="subject" defaultValue={template?.subject ?? ""} maxLength={SUBJECT_MAX} />
        </FormField>
      ) : null}
      <FormField
        label={t("templates.body")}
        error={errors.body}
        hint={
          channel === "SMS" ? (
            <span className={sms.tooLong ? "font-medium text-danger-fg" : undefined}>
              {t("compose.smsCounter", { units: sms.units, parts: sms.parts })}
              {sms.tooLong ? ` ${t("compose.smsTooLong", { max: SMS_MAX_PARTS })}` : null}
            </span>
          ) : undefined
        }
        required
      >
        <Textarea
          name="body"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          maxLength={EMAIL_BODY_MAX}
          rows={channel === "SMS" ? 4 : 8}
        />
      </FormField>
      <VariablesHint />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending} variant={template ? "secondary" : "primary"}>
          {template ? t("templates.save") : t("templates.add")}
        </Button>
        {template ? (
          <ConfirmedRemoval
            action={archiveTemplateAction}
            id={template.id}
            version={template.version}
            label={t("templates.archive")}
            name={template.name}
            words={{
              title: t("templates.archiveTitle", { name: template.name }),
              body: t("templates.archiveBody"),
              cancel: t("templates.cancel"),
            }}
          />
        ) : null}
      </div>
    </form>
  );
}
