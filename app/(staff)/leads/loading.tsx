import { Skeleton } from "@/components/ui/skeleton";
import { FilterBarSkeleton, ListTableSkeleton } from "@/components/list/list-skeleton";

// Shaped like the lead list (header, totals, tabs, filters, rows) so nothing jumps on arrival.
export default function LeadsLoading() {
  return (
    <div aria-busy="true" className="flex flex-col gap-4">
      <div className="mb-2 flex flex-col gap-2">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-4 w-64" />
      </div>
      <Skeleton className="h-4 w-96 max-w-full" />
      <div className="flex gap-4 border-b border-line pb-2">
        <Skeleton className="h-5 w-28" />
        <Skeleton className="h-5 w-20" />
      </div>
      <FilterBarSkeleton widths={["w-44", "w-72", "w-32", "w-32", "w-36"]} />
      <ListTableSkeleton
        columns={["w-36", "w-44", "w-16", "w-28", "w-20", "w-24", "w-24"]}
        rowHeight="h-14"
        cardHeight="h-32"
      />
    </div>
  );
}
