import { cn } from "@/lib/cn";

export type ChartSeries = { key: string; name: string; color: string; outlined?: boolean };

/** Series names with their swatch; an outlined swatch marks the second series, so colour is not the only cue. */
export function ChartLegend({ series }: { series: ChartSeries[] }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
      {series.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={cn("inline-block size-3 rounded-sm border-2")}
            style={{ borderColor: s.color, background: s.outlined ? "var(--color-surface)" : s.color }}
          />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
