"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CONSENT_PURPOSES, CONSENT_SOURCES } from "@/lib/validation/consent-options";
import { recordConsentAction, type ConsentActionState } from "@/server/customers/consent-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";

/** Staff record what the customer told them: which purpose, yes or no, and how they heard it. */
export function ConsentForm({ customerId }: { customerId: string }) {
  const t = useTranslations("consent");
  const [state, action, pending] = useActionState<ConsentActionState, FormData>(recordConsentAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-3" aria-label={t("record")}>
      <input type="hidden" name="customerId" value={customerId} />
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <FormField label={t("purpose")} error={errors?.purpose}>
        <Select name="purpose" defaultValue="">
          <option value="" disabled>
            {t("choose")}
          </option>
          {CONSENT_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`purposes.${p}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label={t("answer")} error={errors?.granted}>
        <Select name="granted" defaultValue="">
          <option value="" disabled>
            {t("choose")}
          </option>
          <option value="true">{t("grant")}</option>
          <option value="false">{t("withdraw")}</option>
        </Select>
      </FormField>
      <FormField label={t("source")} error={errors?.source}>
        <Select name="source" defaultValue="">
          <option value="" disabled>
            {t("choose")}
          </option>
          {CONSENT_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`sources.${s}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {t("save")}
      </Button>
    </form>
  );
}
