"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SLA_CHANNELS, SLA_MINUTES_MAX } from "@/lib/validation/sla-settings-options";
import type { SlaFormValues } from "@/lib/validation/sla-settings";
import { saveSlaSettingsAction, type SlaSettingsState } from "@/server/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { BusinessHoursFields } from "./business-hours-fields";

/**
 * The response-time settings as one form. Fields are uncontrolled with their
 * values from the last answer (or the saved settings), so a form with errors
 * keeps what was typed after React resets it.
 */
export function SlaSettingsForm({ initial }: { initial: SlaFormValues }) {
  const t = useTranslations("settings.sla");
  const tChannels = useTranslations("journey.channels");
  const [state, action, pending] = useActionState<SlaSettingsState, FormData>(saveSlaSettingsAction, null);
  const values = state?.values ?? initial;
  const errors = state?.ok === false ? state.fieldErrors : {};

  return (
    <form action={action} noValidate className="flex flex-col gap-6">
      <Card aria-labelledby="sla-hours-title">
        <CardHeader>
          <CardTitle id="sla-hours-title">{t("hoursTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <p className="text-sm text-ink-muted">{t("hoursDescription")}</p>
          <BusinessHoursFields values={values} errors={errors} />
        </CardContent>
      </Card>

      <Card aria-labelledby="sla-minutes-title">
        <CardHeader>
          <CardTitle id="sla-minutes-title">{t("minutesTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <p className="text-sm text-ink-muted">{t("minutesDescription")}</p>
          <div className="grid grid-cols-2 gap-4 sm:grid-cols-3">
            {SLA_CHANNELS.map((channel) => (
              <FormField key={channel} label={tChannels(channel)} error={errors[`minutes.${channel}`]} required>
                <Input
                  type="number"
                  name={`minutes.${channel}`}
                  inputMode="numeric"
                  min={1}
                  max={SLA_MINUTES_MAX}
                  step={1}
                  defaultValue={values.minutes[channel]}
                  aria-label={t("minutesLabel", { channel: tChannels(channel) })}
                  className="tabular-nums"
                />
              </FormField>
            ))}
          </div>
        </CardContent>
      </Card>

      <div className="flex flex-col gap-3">
        {state?.ok === true ? <Alert tone="success">{t("saved")}</Alert> : null}
        {state?.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
        <div>
          <Button type="submit" pending={pending}>
            {pending ? t("submitting") : t("submit")}
          </Button>
        </div>
      </div>
    </form>
  );
}
