"use client";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { WebFormCopy } from "@/lib/web-forms/copy";
import {
  WEB_FORM_FIELDS,
  WEB_FORM_LANGUAGES,
  WEB_FORM_PURPOSES,
  type WebFormConsent,
  type WebFormField,
  type WebFormLanguage,
} from "@/lib/web-forms/options";
import { saveWebFormAction, type WebFormEditorState } from "@/server/web-forms/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { WebFormFields } from "./web-form-fields";

export type WebFormDraft = {
  id: string | null;
  name: string;
  campaignId: string | null;
  teamId: string | null;
  language: WebFormLanguage;
  fields: WebFormField[];
  consents: WebFormConsent[];
  thankYouText: string;
};

/** What the preview shows, read from the form's own controls as the manager changes them. */
function readDraft(form: HTMLFormElement): Pick<WebFormDraft, "language" | "fields" | "consents" | "thankYouText"> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  const language = WEB_FORM_LANGUAGES.find((l) => l === text("language")) ?? "nb";
  return {
    language,
    fields: WEB_FORM_FIELDS.flatMap((key) => {
      const mode = text(`field.${key}`);
      return mode === "off" ? [] : [{ key, required: mode === "required" }];
    }),
    consents: WEB_FORM_PURPOSES.flatMap((purpose) =>
      data.get(`consent.${purpose}`) === "on" ? [{ purpose, text: text(`consentText.${purpose}`) }] : [],
    ),
    thankYouText: text("thankYouText"),
  };
}

export function WebFormEditor({
  draft,
  campaigns,
  teams,
  copies,
}: {
  draft: WebFormDraft;
  campaigns: { id: string; name: string }[];
  teams: { id: string; name: string }[];
  copies: Record<WebFormLanguage, WebFormCopy>;
}) {
  const t = useTranslations("webForms");
  const defaults = useTranslations("webForms.defaults");
  const { state, pending, formProps } = useKeptForm<WebFormEditorState>(saveWebFormAction);
  const [preview, setPreview] = useState(() => ({
    language: draft.language,
    fields: draft.fields,
    consents: draft.consents,
    thankYouText: draft.thankYouText,
  }));
  const errors = state && !state.ok ? state.fieldErrors : {};
  const mode = (key: string) => {
    const field = draft.fields.find((f) => f.key === key);
    return field ? (field.required ? "required" : "optional") : "off";
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => setPreview(readDraft(event.currentTarget));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
      <Card>
        <form {...formProps} onChange={onChange} className="flex flex-col gap-5 p-4">
          <input type="hidden" name="id" value={draft.id ?? ""} />
          {state?.message ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
          <FormField label={t("editor.name")} hint={t("editor.nameHint")} error={errors.name} required>
            <Input name="name" defaultValue={draft.name} maxLength={100} autoComplete="off" />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label={t("editor.language")} error={errors.language} required>
              <Select name="language" defaultValue={draft.language}>
                {WEB_FORM_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField label={t("editor.campaign")} error={errors.campaignId}>
              <Select name="campaignId" defaultValue={draft.campaignId ?? ""}>
                <option value="">{t("noCampaign")}</option>
                {campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField
              label={t("editor.team")}
              hint={t("editor.teamHint")}
              error={errors.teamId}
              className="sm:col-span-2"
            >
              <Select name="teamId" defaultValue={draft.teamId ?? ""}>
                <option value="">{t("noTeam")}</option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </Select>
            </FormField>
          </div>
          <fieldset className="flex flex-col gap-3" aria-describedby="wf-fields-hint wf-fields-error">
            <legend className="mb-1 text-sm font-semibold">{t("editor.fieldsLegend")}</legend>
            <p id="wf-fields-hint" className="text-xs text-ink-muted">
              {t("editor.fieldsHint")}
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              {WEB_FORM_FIELDS.map((key) => (
                <FormField key={key} label={t(`fieldNames.${key}`)}>
                  <Select name={`field.${key}`} defaultValue={mode(key)}>
                    {(["off", "optional", "required"] as const).map((m) => (
                      <option key={m} value={m}>
                        {t(`editor.fieldModes.${m}`)}
                      </option>
                    ))}
                  </Select>
                </FormField>
              ))}
            </div>
            <p id="wf-fields-error" role="alert" className="text-xs font-medium text-danger-fg">
              {errors.fields}
            </p>
          </fieldset>
          <fieldset className="flex flex-col gap-4" aria-describedby="wf-consents-hint wf-consents-error">
            <legend className="mb-1 text-sm font-semibold">{t("editor.consentsLegend")}</legend>
            <p id="wf-consents-hint" className="text-xs text-ink-muted">
              {t("editor.consentsHint")}
            </p>
            {WEB_FORM_PURPOSES.map((purpose) => {
              const offered = draft.consents.find((c) => c.purpose === purpose);
              return (
                <div key={purpose} className="flex flex-col gap-2 rounded-md border border-line p-3">
                  <label className="flex items-center gap-2 text-sm font-medium">
                    <input
                      type="checkbox"
                      name={`consent.${purpose}`}
                      defaultChecked={Boolean(offered)}
                      className="size-5 accent-accent-600"
                    />
                    {t("editor.offer", { purpose: t(`purposeNames.${purpose}`) })}
                  </label>
                  <FormField label={t("editor.consentText")} error={errors[`consentText.${purpose}`]}>
                    <Textarea
                      name={`consentText.${purpose}`}
                      rows={2}
                      maxLength={1000}
                      defaultValue={offered?.text ?? defaults(purpose)}
                    />
                  </FormField>
                </div>
              );
            })}
            <p id="wf-consents-error" role="alert" className="text-xs font-medium text-danger-fg">
              {errors.consents}
            </p>
          </fieldset>
          <FormField label={t("editor.thankYou")} hint={t("editor.thankYouHint")} error={errors.thankYouText} required>
            <Textarea name="thankYouText" rows={3} maxLength={1000} defaultValue={draft.thankYouText} />
          </FormField>
          <div>
            <Button type="submit" pending={pending}>
              {pending ? t("editor.saving") : draft.id ? t("editor.save") : t("editor.create")}
            </Button>
          </div>
        </form>
      </Card>
      <Card aria-labelledby="wf-preview-title" className="self-start">
        <CardHeader>
          <CardTitle id="wf-preview-title">{t("editor.preview")}</CardTitle>
        </CardHeader>
        <CardContent>
          <p className="mb-4 text-xs text-ink-muted">{t("editor.previewNote")}</p>
          {/* Disabled: the preview is a picture of the form, not a second way to send it. */}
          <fieldset disabled lang={preview.language} className="relative flex flex-col gap-4">
            <WebFormFields fields={preview.fields} consents={preview.consents} copy={copies[preview.language]} />
            <div>
              <Button type="button">{copies[preview.language].send}</Button>
            </div>
          </fieldset>
          <div className="mt-6 border-t border-line pt-4" lang={preview.language}>
            <p className="text-sm font-semibold">{copies[preview.language].thanksTitle}</p>
            <p className="text-sm whitespace-pre-line text-ink-muted">{preview.thankYouText}</p>
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
