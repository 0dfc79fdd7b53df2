"use client";
import { useId, useState, useTransition } from "react";
import { Switch } from "radix-ui";
import { setWeeklyReportAction } from "@/server/goals/actions";

type Labels = {
  label: string;
  description: string;
  on: string;
  off: string;
  savedOn: string;
  savedOff: string;
  failed: string;
};

/** A manager's weekly e-mail report on or off; saves at once, and says so in words. */
export function WeeklyReportToggle({ enabled: initial, labels }: { enabled: boolean; labels: Labels }) {
  const [enabled, setEnabled] = useState(initial);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();

  function change(next: boolean) {
    setEnabled(next);
    setStatus(null);
    startTransition(async () => {
      const result = await setWeeklyReportAction({ enabled: next }).catch(() => null);
      if (result?.ok) setStatus({ tone: "ok", text: next ? labels.savedOn : labels.savedOff });
      else {
        setEnabled(!next);
        setStatus({ tone: "error", text: labels.failed });
      }
    });
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-start justify-between gap-6">
        <div className="min-w-0">
          <label htmlFor={id} className="text-sm font-medium text-ink">
            {labels.label}
          </label>
          <p id={`${id}-description`} className="mt-1 max-w-prose text-sm text-ink-muted">
            {labels.description}
          </p>
        </div>
        <div className="flex shrink-0 items-center gap-2 pt-0.5">
          <span aria-hidden="true" className="text-right text-sm text-ink-muted">
            {enabled ? labels.on : labels.off}
          </span>
          <Switch.Root
            id={id}
            checked={enabled}
            onCheckedChange={change}
            disabled={pending}
            aria-describedby={`${id}-description`}
            className="relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full border border-transparent bg-gray-300 transition-colors data-[state=checked]:bg-accent-600 disabled:cursor-wait disabled:opacity-70"
          >
            <Switch.Thumb className="block size-5 translate-x-0.5 rounded-full bg-white shadow-sm transition-transform data-[state=checked]:translate-x-[1.3rem]" />
          </Switch.Root>
        </div>
      </div>
      <p
        role="status"
        aria-live="polite"
        className={status?.tone === "error" ? "text-sm text-danger-fg" : "text-sm text-success-fg"}
      >
        {status?.text}
      </p>
    </div>
  );
}
