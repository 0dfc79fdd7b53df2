"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CLOSED_DAY_NOTE_MAX } from "@/lib/validation/team-calendar-options";
import {
  addClosedDayAction,
  removeClosedDayAction,
  type ClosedDayState,
  type RemoveClosedDayState,
} from "@/server/teams/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

type AddedDay = { id: string; date: string; note: string; label: string };

/** The days a manager closed for one team, each with a button to open it again, and a form to add one. */
export function TeamClosedDays({ teamId, teamName, days }: { teamId: string; teamName: string; days: AddedDay[] }) {
  const t = useTranslations("settings.teams");
  return (
    <div className="flex flex-col gap-4">
      {days.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("noAddedDays")}</p>
      ) : (
        <ul
          className="divide-y divide-line rounded-md border border-line"
          aria-label={t("addedDaysLabel", { team: teamName })}
        >
          {days.map((day) => (
            <li key={day.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
              <span className="min-w-0">
                <span className="font-medium tabular-nums">{day.label}</span>
                <span className="block truncate text-ink-muted" title={day.note}>
                  {day.note}
                </span>
              </span>
              <RemoveClosedDay teamId={teamId} day={day} />
            </li>
          ))}
        </ul>
      )}
      <AddClosedDay teamId={teamId} teamName={teamName} />
    </div>
  );
}

function RemoveClosedDay({ teamId, day }: { teamId: string; day: AddedDay }) {
  const t = useTranslations("settings.teams");
  const [state, action, pending] = useActionState<RemoveClosedDayState, FormData>(removeClosedDayAction, null);
  return (
    <form action={action} className="flex shrink-0 flex-col items-end gap-1">
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="closedDayId" value={day.id} />
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        pending={pending}
        aria-label={t("removeDay", { date: day.label })}
      >
        {t("remove")}
      </Button>
      {state?.ok === false ? (
        <span role="alert" className="text-xs text-danger-fg">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

function AddClosedDay({ teamId, teamName }: { teamId: string; teamName: string }) {
  const t = useTranslations("settings.teams");
  const [state, action, pending] = useActionState<ClosedDayState, FormData>(addClosedDayAction, null);
  const values = state?.values ?? { date: "", note: "" };
  const errors = state?.ok === false ? state.fieldErrors : {};
  return (
    // Uncontrolled fields with the answer's values: kept on error, empty after a day was added.
    <form action={action} noValidate className="flex flex-col gap-3" aria-label={t("addFormLabel", { team: teamName })}>
      <input type="hidden" name="teamId" value={teamId} />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <FormField label={t("date")} error={errors.date} required>
          <Input type="date" name="date" defaultValue={values.date} />
        </FormField>
        <FormField label={t("note")} hint={t("noteHint")} error={errors.note} required>
          <Input name="note" defaultValue={values.note} maxLength={CLOSED_DAY_NOTE_MAX} />
        </FormField>
      </div>
      {state?.ok === true ? <Alert tone="success">{t("dayAdded")}</Alert> : null}
      {state?.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          {t("addDay")}
        </Button>
      </div>
    </form>
  );
}
