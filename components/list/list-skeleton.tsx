import { Skeleton } from "@/components/ui/skeleton";

// Loading states shaped like a list, so nothing jumps when the data arrives: the filter bar (one
// search box and the folded "Filters" button on phones), then rows with the table's columns on
// wider screens and cards on phones.

/** `widths`: the filter controls after the search box, as Tailwind widths. */
export function FilterBarSkeleton({ widths }: { widths: string[] }) {
  return (
    <div className="flex flex-wrap gap-3">
      <Skeleton className="h-9 min-w-52 flex-1" />
      {widths.map((w, i) => (
        <Skeleton key={i} className={`hidden h-9 md:block ${w}`} />
      ))}
      <Skeleton className="h-9 w-24 md:hidden" />
    </div>
  );
}

type TableProps = {
  /** One Tailwind width per column. */
  columns: string[];
  /** The table's row height and the phone card's, as Tailwind heights. */
  rowHeight: string;
  cardHeight: string;
  rows?: number;
};

export function ListTableSkeleton({ columns, rowHeight, cardHeight, rows = 10 }: TableProps) {
  return (
    <div aria-hidden="true">
      <div className="hidden overflow-hidden rounded-lg border border-line bg-surface md:block">
        <div className="flex h-9 items-center gap-6 border-b border-line bg-gray-50 px-3">
          {columns.map((w, i) => (
            <Skeleton key={i} className={`h-3 ${w}`} />
          ))}
        </div>
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className={`flex ${rowHeight} items-center gap-6 border-b border-line px-3 last:border-b-0`}>
            {columns.map((w, i) => (
              <Skeleton key={i} className={`h-4 ${w}`} />
            ))}
          </div>
        ))}
      </div>
      <div className="flex flex-col gap-2 md:hidden">
        {Array.from({ length: 5 }, (_, r) => (
          <Skeleton key={r} className={`${cardHeight} rounded-lg`} />
        ))}
      </div>
    </div>
  );
}
