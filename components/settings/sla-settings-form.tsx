"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { HOLIDAY_COUNTRIES } from "@/lib/holiday-countries";
import { SLA_CHANNELS, SLA_MINUTES_MAX, SLA_TIME_ZONES, WEEKDAYS } from "@/lib/validation/sla-settings-options";
import type { SlaFormValues } from "@/lib/validation/sla-settings";
import { saveSlaSettingsAction, type SlaSettingsState } from "@/server/settings/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { AlertTriangleIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

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
          <fieldset
            aria-describedby={errors.days ? "sla-days-error" : undefined}
            aria-invalid={errors.days ? true : undefined}
          >
            <legend className="mb-1.5 text-sm font-medium text-ink">{t("days")}</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-2">
              {WEEKDAYS.map((day) => (
                <label key={day} className="inline-flex items-center gap-2 text-sm text-ink">
                  <input
                    type="checkbox"
                    name="days"
                    value={day}
                    defaultChecked={values.days.includes(String(day))}
                    className="size-4 rounded-sm border-line-control accent-accent-600"
                  />
                  {t(`weekdays.${day}`)}
                </label>
              ))}
            </div>
            <div role="alert" aria-atomic="true">
              {errors.days ? (
                <p id="sla-days-error" className="mt-1.5 flex items-start gap-1.5 text-xs font-medium text-danger-fg">
                  <AlertTriangleIcon className="mt-px size-3.5 shrink-0" />
                  <span>{errors.days}</span>
                </p>
              ) : null}
            </div>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-3">
            <FormField label={t("open")} error={errors.start} required>
              <Input type="time" name="start" defaultValue={values.start} />
            </FormField>
            <FormField label={t("close")} error={errors.end} required>
              <Input type="time" name="end" defaultValue={values.end} />
            </FormField>
            <FormField label={t("timeZone")} error={errors.timeZone} required>
              <Select name="timeZone" defaultValue={values.timeZone}>
                {SLA_TIME_ZONES.map((zone) => (
                  <option key={zone} value={zone}>
                    {t(`zones.${zone.replace("/", "_")}`)}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField label={t("holidayCountry")} error={errors.holidayCountry}>
              <Select name="holidayCountry" defaultValue={values.holidayCountry}>
                {HOLIDAY_COUNTRIES.map((country) => (
                  <option key={country} value={country}>
                    {t(`holidayCountries.${country}`)}
                  </option>
                ))}
                <option value="">{t("holidayCountries.none")}</option>
              </Select>
            </FormField>
          </div>
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
