"use client";
import { useTranslations } from "next-intl";
import { setCampaignTeamsAction, setCategoryTeamsAction, type TeamSettingsState } from "@/server/routing/actions";
import { CAMPAIGN_FIELD } from "@/lib/validation/routing-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { TeamSelect } from "./team-select";

type Row = { field: string; label: string; teamId: string | null };
type Props = {
  kind: "categories" | "campaigns";
  rows: Row[];
  teams: { id: string; name: string }[];
};

const ACTIONS = { categories: setCategoryTeamsAction, campaigns: setCampaignTeamsAction };

/** A team per product category, or per running campaign: one select a row, saved together. */
export function SignalTeamsForm({ kind, rows, teams }: Props) {
  const t = useTranslations("settings.routing");
  const { state, pending, formProps } = useKeptForm<TeamSettingsState>(ACTIONS[kind]);
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label={t(`${kind}Title`)}>
      {state?.ok === false ? <Alert tone="error">{state.message}</Alert> : null}
      <ul className="divide-y divide-line rounded-md border border-line">
        {rows.map((row) => {
          const id = `${kind}-${row.field}`;
          return (
            <li key={row.field} className="flex flex-col gap-1.5 px-3 py-2 sm:flex-row sm:items-center sm:gap-4">
              <Label htmlFor={id} className="min-w-0 flex-1 truncate" title={row.label}>
                {row.label}
              </Label>
              <TeamSelect
                id={id}
                name={kind === "campaigns" ? `${CAMPAIGN_FIELD}${row.field}` : row.field}
                defaultValue={row.teamId ?? ""}
                teams={teams}
                noTeamLabel={t("noTeam")}
                className="sm:w-56"
              />
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        {state?.ok && !pending ? (
          <p role="status" className="text-sm text-success-fg">
            {state.changed > 0 ? t("saved") : t("savedNone")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
