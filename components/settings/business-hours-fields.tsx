"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { HOLIDAY_COUNTRIES } from "@/lib/holiday-countries";
import { SLA_TIME_ZONES, WEEKDAYS } from "@/lib/validation/sla-settings-options";
import { FormField } from "@/components/ui/form-field";
import { AlertTriangleIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Values = { days: string[]; start: string; end: string; timeZone: string; holidayCountry: string };

/**
 * A calendar's open days, hours, time zone and holiday country: the default calendar's
 * (/settings/sla) and each team's (/settings/teams) read the same. Uncontrolled, with the values
 * of the last answer, so a form with errors keeps what was typed.
 */
export function BusinessHoursFields({ values, errors }: { values: Values; errors: Partial<Record<string, string>> }) {
  const t = useTranslations("settings.sla");
  const daysErrorId = `${useId()}-days-error`;
  return (
    <>
      <fieldset aria-describedby={errors.days ? daysErrorId : undefined} aria-invalid={errors.days ? true : undefined}>
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
            <p id={daysErrorId} className="mt-1.5 flex items-start gap-1.5 text-xs font-medium text-danger-fg">
              <AlertTriangleIcon className="mt-px size-3.5 shrink-0" />
              <span>{errors.days}</span>
            </p>
          ) : null}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
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
    </>
  );
}
