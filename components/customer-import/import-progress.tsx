"use client";

import { useFormatter } from "next-intl";

/** A labelled progress bar; the percentage is also written out, not shown by length alone. */
export function ImportProgress({ label, fraction }: { label: string; fraction: number }) {
  const format = useFormatter();
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between text-sm text-ink-muted">
        <span>{label}</span>
        <span className="tabular-nums">{format.number(percent / 100, { style: "percent" })}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 overflow-hidden rounded-full bg-gray-100"
      >
        <div className="h-full rounded-full bg-accent-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
