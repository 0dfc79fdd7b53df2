import { Skeleton } from "@/components/ui/skeleton";

// Shaped like the lead list: tabs, the filter bar, then rows with the same columns as the table
// (cards on phones), so nothing jumps when the data arrives.

const COLUMNS = ["w-36", "w-44", "w-16", "w-28", "w-20", "w-24", "w-24"];

export function LeadTableSkeleton({ rows = 10 }: { rows?: number }) {
  return (
    <div aria-hidden="true">
      <div className="hidden overflow-hidden rounded-lg border border-line bg-surface md:block">
        <div className="flex h-9 items-center gap-6 border-b border-line bg-gray-50 px-3">
          {COLUMNS.map((w, i) => <Skeleton key={i} className={`h-3 ${w}`} />)}
        </div>
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className="flex h-14 items-center gap-6 border-b border-line px-3 last:border-b-0">
            {COLUMNS.map((w, i) => <Skeleton key={i} className={`h-4 ${w}`} />)}
          </div>
        ))}
      </div>
      <div className="flex flex-col gap-2 md:hidden">
        {Array.from({ length: 5 }, (_, r) => <Skeleton key={r} className="h-32 rounded-lg" />)}
      </div>
    </div>
  );
}
