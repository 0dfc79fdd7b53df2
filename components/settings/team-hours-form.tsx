"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { TeamHoursFormValues } from "@/lib/validation/team-calendar";
import { saveTeamHoursAction, type TeamHoursState } from "@/server/teams/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { BusinessHoursFields } from "./business-hours-fields";

/** One team's open days, hours, time zone and holiday country; keeps what was typed on error. */
export function TeamHoursForm({
  teamId,
  teamName,
  initial,
}: {
  teamId: string;
  teamName: string;
  initial: TeamHoursFormValues;
}) {
  const t = useTranslations("settings.teams");
  const [state, action, pending] = useActionState<TeamHoursState, FormData>(saveTeamHoursAction, null);
  const values = state?.values ?? initial;
  const errors = state?.ok === false ? state.fieldErrors : {};
  return (
    <form
      action={action}
      noValidate
      className="flex flex-col gap-4"
      aria-label={t("hoursFormLabel", { team: teamName })}
    >
      <input type="hidden" name="teamId" value={teamId} />
      <BusinessHoursFields values={values} errors={errors} />
      {state?.ok === true ? <Alert tone="success">{t("hoursSaved")}</Alert> : null}
      {state?.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
      <div>
        <Button type="submit" pending={pending}>
          {pending ? t("saving") : t("saveHours")}
        </Button>
      </div>
    </form>
  );
}
