"use client";

import { useId, useState, useTransition } from "react";
import { Switch } from "radix-ui";

// A setting that is on or off and saves the moment it is flipped (automatic assignment, an
// automation rule, the weekly report). The switch moves at once; when the save fails it moves
// back and says why. Its state is said in words beside it, not only by colour and position.

/** What a save answers: the action client's result shape, or null when the request failed. */
export type SwitchSaveResult = { ok: boolean; message?: string } | null;

export type SavedSwitchWords = {
  on: string;
  off: string;
  savedOn: string;
  savedOff: string;
  /** Said when the save failed without a message of its own (the network, say). */
  failed: string;
};

type Props = {
  enabled: boolean;
  save: (next: boolean) => Promise<SwitchSaveResult>;
  words: SavedSwitchWords;
} & (
  | {
      /** A setting of its own: the label and description beside the switch. */
      label: string;
      description: string;
      ariaLabel?: never;
    }
  | {
      /** One switch in a list (its row names the thing): only an accessible name. */
      ariaLabel: string;
      label?: never;
      description?: never;
    }
);

export function SavedSwitch({ enabled: initial, save, words, label, description, ariaLabel }: Props) {
  const [enabled, setEnabled] = useState(initial);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();

  function change(next: boolean) {
    setEnabled(next);
    setStatus(null);
    startTransition(async () => {
      const result = await save(next).catch(() => null);
      if (result?.ok) setStatus({ tone: "ok", text: next ? words.savedOn : words.savedOff });
      else {
        setEnabled(!next);
        setStatus({ tone: "error", text: result?.message ?? words.failed });
      }
    });
  }

  const control = (
    <div className="flex shrink-0 items-center gap-2 pt-0.5">
      <span aria-hidden="true" className="min-w-7 text-right text-sm text-ink-muted">
        {enabled ? words.on : words.off}
      </span>
      <Switch.Root
        id={id}
        checked={enabled}
        onCheckedChange={change}
        disabled={pending}
        aria-label={ariaLabel}
        aria-describedby={label ? `${id}-description` : undefined}
        className="relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full border border-transparent bg-gray-300 transition-colors data-[state=checked]:bg-accent-600 disabled:cursor-wait disabled:opacity-70"
      >
        <Switch.Thumb className="block size-5 translate-x-0.5 rounded-full bg-white shadow-sm transition-transform data-[state=checked]:translate-x-[1.3rem]" />
      </Switch.Root>
    </div>
  );
  const said = (
    <p
      role="status"
      aria-live="polite"
      className={status?.tone === "error" ? "text-sm text-danger-fg" : "text-sm text-success-fg"}
    >
      {status?.text}
    </p>
  );

  if (!label)
    return (
      <div className="flex flex-col items-end gap-1">
        {control}
        {said}
      </div>
    );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-start justify-between gap-6">
        <div className="min-w-0">
          <label htmlFor={id} className="text-sm font-medium text-ink">
            {label}
          </label>
          <p id={`${id}-description`} className="mt-1 max-w-prose text-sm text-ink-muted">
            {description}
          </p>
        </div>
        {control}
      </div>
      {said}
    </div>
  );
}
