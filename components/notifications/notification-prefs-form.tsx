"use client";

import { useState } from "react";
import type { NotificationKind } from "@/lib/notifications/kinds";
import type { NotificationPrefs } from "@/lib/notifications/prefs";
import { saveNotificationPrefsAction, type SettingsFormState } from "@/server/notifications/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useKeptForm } from "@/components/ui/use-kept-form";

export type PrefsLabels = {
  kindColumn: string;
  email: string;
  push: string;
  quiet: string;
  quietOn: string;
  from: string;
  to: string;
  save: string;
  kinds: Record<NotificationKind, string>;
};

/** Which kinds come by e-mail and push, and quiet hours. The bell always has everything. */
export function NotificationPrefsForm(props: {
  kinds: NotificationKind[];
  initial: NotificationPrefs;
  labels: PrefsLabels;
}) {
  const { labels, initial } = props;
  const { state, pending, formProps } = useKeptForm<SettingsFormState>(saveNotificationPrefsAction);
  const [quietOn, setQuietOn] = useState(initial.quiet !== null);
  return (
    <form {...formProps} className="flex flex-col gap-6">
      {state ? <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert> : null}
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left text-ink-muted">
            <th scope="col" className="py-2 pr-2 font-medium">
              {labels.kindColumn}
            </th>
            <th scope="col" className="w-20 px-2 py-2 text-center font-medium">
              {labels.email}
            </th>
            <th scope="col" className="w-16 py-2 pl-2 text-center font-medium">
              {labels.push}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.kinds.map((kind) => (
            <tr key={kind} className="border-b border-line last:border-0">
              <th scope="row" className="py-2.5 pr-2 text-left font-normal text-ink" id={`kind-${kind}`}>
                {labels.kinds[kind]}
              </th>
              {(["email", "push"] as const).map((channel) => (
                <td key={channel} className="px-2 py-2.5 text-center">
                  <input
                    type="checkbox"
                    name={channel}
                    value={kind}
                    defaultChecked={initial[channel].includes(kind)}
                    aria-label={`${labels.kinds[kind]}: ${labels[channel]}`}
                    className="size-4 accent-accent-600"
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-semibold text-ink">{labels.quiet}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="quietOn"
            checked={quietOn}
            onChange={(event) => setQuietOn(event.target.checked)}
            className="size-4 accent-accent-600"
          />
          {labels.quietOn}
        </label>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label className="flex items-center gap-2">
            <span className="w-10">{labels.from}</span>
            <div className="w-32">
              <Input type="time" name="quietStart" defaultValue={initial.quiet?.start ?? "22:00"} disabled={!quietOn} />
            </div>
          </label>
          <label className="flex items-center gap-2">
            <span className="w-10">{labels.to}</span>
            <div className="w-32">
              <Input type="time" name="quietEnd" defaultValue={initial.quiet?.end ?? "07:00"} disabled={!quietOn} />
            </div>
          </label>
        </div>
      </fieldset>
      <div>
        <Button type="submit" pending={pending}>
          {labels.save}
        </Button>
      </div>
    </form>
  );
}
