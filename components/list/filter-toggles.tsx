"use client";

import { cn } from "@/lib/cn";

// Several values of one filter, each a toggle button (aria-pressed) in one segmented control:
// "Contacted" and "Proposal", "Gold" and "Platinum". Pressing one adds it to the filter or takes it out.

type Props<V extends string> = {
  label: string;
  options: readonly { value: V; label: string }[];
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  className?: string;
  /** Buttons share the width (a phone's two-column panel). */
  fill?: boolean;
};

export function FilterToggles<V extends string>({ label, options, selected, onChange, className, fill }: Props<V>) {
  const toggle = (value: V) =>
    onChange(selected.includes(value) ? selected.filter((s) => s !== value) : [...selected, value]);
  return (
    <div role="group" aria-label={label} className={cn("flex flex-col gap-1", className)}>
      <span aria-hidden className="text-xs font-medium text-ink-muted">
        {label}
      </span>
      <div className="flex h-9 overflow-hidden rounded-md border border-line-control bg-surface shadow-xs">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={selected.includes(option.value)}
            onClick={() => toggle(option.value)}
            className={cn(
              "border-l border-line px-2.5 text-sm text-ink-muted first:border-l-0 hover:bg-gray-50 hover:text-ink focus-visible:outline-offset-[-2px] aria-pressed:bg-accent-50 aria-pressed:font-medium aria-pressed:text-accent-700",
              fill && "flex-1",
            )}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}
