"use client";
import { useTranslations } from "next-intl";
import { setApiKeyTeamAction, type ApiKeyTeamState } from "@/server/api-keys/actions";
import { Button } from "@/components/ui/button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { TeamSelect } from "./team-select";

type Props = { keyId: string; name: string; teamId: string | null; teams: { id: string; name: string }[] };

/** The team that owns a key's signals: a select and its own Save, inside the key's row. */
export function ApiKeyTeamForm({ keyId, name, teamId, teams }: Props) {
  const t = useTranslations("settings.routing");
  const { state, pending, formProps } = useKeptForm<ApiKeyTeamState>(setApiKeyTeamAction);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="keyId" value={keyId} />
      <TeamSelect
        name="teamId"
        aria-label={t("keyTeamFor", { name })}
        title={t("keyTeamHint")}
        defaultValue={teamId ?? ""}
        teams={teams}
        noTeamLabel={t("noTeam")}
        className="w-44"
      />
      <Button type="submit" variant="secondary" size="sm" pending={pending}>
        {t("save")}
      </Button>
      {state && !pending ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={state.ok ? "text-xs text-success-fg" : "text-xs text-danger-fg"}
        >
          {state.ok ? t("saved") : state.message}
        </p>
      ) : null}
    </form>
  );
}
