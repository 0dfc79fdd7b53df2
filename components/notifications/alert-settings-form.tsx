"use client";

import { useState } from "react";
import type { AlertSettings } from "@/server/notifications/alert-settings";
import { saveAlertSettingsAction, type SettingsFormState } from "@/server/notifications/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useKeptForm } from "@/components/ui/use-kept-form";

export type AlertLabels = {
  warnLabel: string;
  warnDefault: string;
  warnFixed: string;
  warnMinutes: string;
  teamColumn: string;
  afterLabel: string;
  reassignLabel: string;
  noTeam: string;
  save: string;
};

/** The warning's lead time, and per team when an unanswered breach escalates and whether it moves. */
export function AlertSettingsForm(props: {
  initial: AlertSettings;
  teams: { id: string; name: string }[];
  labels: AlertLabels;
}) {
  const { initial, labels } = props;
  const { state, pending, formProps } = useKeptForm<SettingsFormState>(saveAlertSettingsAction);
  const [mode, setMode] = useState(initial.warnBeforeMinutes === null ? "default" : "fixed");
  const rule = (teamId: string) => initial.teams[teamId] ?? initial.noTeam;
  return (
    <form {...formProps} className="flex flex-col gap-6">
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <fieldset className="flex flex-col gap-2 text-sm">
        <legend className="mb-2 font-semibold text-ink">{labels.warnLabel}</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="warnMode"
            value="default"
            checked={mode === "default"}
            onChange={() => setMode("default")}
            className="size-4 accent-accent-600"
          />
          {labels.warnDefault}
        </label>
        <label className="flex flex-wrap items-center gap-2">
          <input
            type="radio"
            name="warnMode"
            value="fixed"
            checked={mode === "fixed"}
            onChange={() => setMode("fixed")}
            className="size-4 accent-accent-600"
          />
          {labels.warnFixed}
          <div className="w-20">
            <Input
              name="warnMinutes"
              inputMode="numeric"
              aria-label={labels.warnMinutes}
              defaultValue={initial.warnBeforeMinutes ?? 10}
              disabled={mode !== "fixed"}
            />
          </div>
        </label>
      </fieldset>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left text-ink-muted">
            <th scope="col" className="py-2 pr-2 font-medium">
              {labels.teamColumn}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {labels.afterLabel}
            </th>
            <th scope="col" className="py-2 pl-2 font-medium">
              {labels.reassignLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.teams.map((team) => (
            <tr key={team.id} className="border-b border-line">
              <th scope="row" className="py-2 pr-2 text-left font-normal text-ink">
                <input type="hidden" name="teamId" value={team.id} />
                {team.name}
              </th>
              <td className="px-2 py-2">
                <div className="w-20">
                  <Input
                    name={`after:${team.id}`}
                    inputMode="numeric"
                    aria-label={`${team.name}: ${labels.afterLabel}`}
                    defaultValue={rule(team.id).afterMinutes}
                  />
                </div>
              </td>
              <td className="py-2 pl-2">
                <input
                  type="checkbox"
                  name={`reassign:${team.id}`}
                  aria-label={`${team.name}: ${labels.reassignLabel}`}
                  defaultChecked={rule(team.id).reassign}
                  className="size-4 accent-accent-600"
                />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-2 pr-2 text-left font-normal text-ink-muted">
              {labels.noTeam}
            </th>
            <td className="px-2 py-2">
              <div className="w-20">
                <Input
                  name="after:none"
                  inputMode="numeric"
                  aria-label={`${labels.noTeam}: ${labels.afterLabel}`}
                  defaultValue={initial.noTeam.afterMinutes}
                />
              </div>
            </td>
            <td className="py-2 pl-2 text-ink-subtle">—</td>
          </tr>
        </tbody>
      </table>
      <div>
        <Button type="submit" pending={pending}>
          {labels.save}
        </Button>
      </div>
    </form>
  );
}
