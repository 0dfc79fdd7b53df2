import { Skeleton } from "@/components/ui/skeleton";

// Grey bars in the chart's own proportions while recharts loads: the card has
// its final shape from the first paint.

const share = (value: number, max: number) => `${Math.max(2, Math.min(100, max > 0 ? (value / max) * 100 : 0))}%`;

export function BarsPlaceholder({
  rows,
  bar,
  nameWidth,
  max,
}: {
  rows: { id: string; value: number }[];
  bar: number;
  nameWidth: number;
  max: number;
}) {
  return (
    <div className="flex h-full flex-col justify-around py-1">
      {rows.map((r) => (
        <div key={r.id} className="flex items-center gap-3">
          <Skeleton className="h-3 shrink-0" style={{ width: nameWidth - 12 }} />
          <div className="min-w-0 flex-1 pr-16">
            <Skeleton className="rounded-sm" style={{ width: share(r.value, max), height: bar - 3 }} />
          </div>
        </div>
      ))}
    </div>
  );
}

export function ColumnsPlaceholder({ values, max }: { values: (number | null)[]; max: number }) {
  return (
    <div className="flex h-full items-end gap-1 pt-5 pb-7 pl-11">
      {values.map((v, i) => (
        <div key={i} className="flex h-full min-w-0 flex-1 items-end justify-center">
          <Skeleton className="w-full max-w-9 rounded-sm" style={{ height: share(v ?? 0, max) }} />
        </div>
      ))}
    </div>
  );
}
