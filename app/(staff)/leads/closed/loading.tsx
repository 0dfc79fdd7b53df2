import { Skeleton } from "@/components/ui/skeleton";
import { ListTableSkeleton } from "@/components/list/list-skeleton";

// Shaped like the Closed view (header, tabs, filter form, rows) so nothing jumps on arrival.
export default function ClosedLeadsLoading() {
  return (
    <div aria-busy="true" className="flex flex-col gap-4">
      <div className="mb-2 flex flex-col gap-2">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-4 w-64" />
      </div>
      <div className="flex gap-4 border-b border-line pb-2">
        <Skeleton className="h-5 w-28" />
        <Skeleton className="h-5 w-20" />
        <Skeleton className="h-5 w-16" />
      </div>
      <Skeleton className="h-16 w-full" />
      <ListTableSkeleton
        columns={["w-40", "w-16", "w-44", "w-24", "w-20", "w-24"]}
        rowHeight="h-14"
        cardHeight="h-28"
      />
    </div>
  );
}
