import { Skeleton } from "@/components/ui/skeleton";

// Shaped like the customer list: header, filter bar, then rows with the table's columns (cards on
// phones), so nothing jumps when the data arrives.

const COLUMNS = ["w-44", "w-28", "w-24", "w-20", "w-24", "w-16", "w-20"];

export function CustomerListSkeleton({ rows = 10 }: { rows?: number }) {
  return (
    <div aria-busy="true" className="flex flex-col gap-4">
      <div className="mb-2 flex flex-col gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <div className="flex flex-wrap gap-3">
        <Skeleton className="h-9 min-w-56 flex-1" />
        {["w-72", "w-32", "w-32", "w-32", "w-32"].map((w, i) => <Skeleton key={i} className={`hidden h-9 md:block ${w}`} />)}
        <Skeleton className="h-9 w-24 md:hidden" />
      </div>
      <div aria-hidden="true">
        <div className="hidden overflow-hidden rounded-lg border border-line bg-surface md:block">
          <div className="flex h-9 items-center gap-6 border-b border-line bg-gray-50 px-3">
            {COLUMNS.map((w, i) => <Skeleton key={i} className={`h-3 ${w}`} />)}
          </div>
          {Array.from({ length: rows }, (_, r) => (
            <div key={r} className="flex h-12 items-center gap-6 border-b border-line px-3 last:border-b-0">
              {COLUMNS.map((w, i) => <Skeleton key={i} className={`h-4 ${w}`} />)}
            </div>
          ))}
        </div>
        <div className="flex flex-col gap-2 md:hidden">
          {Array.from({ length: 5 }, (_, r) => <Skeleton key={r} className="h-28 rounded-lg" />)}
        </div>
      </div>
    </div>
  );
}
