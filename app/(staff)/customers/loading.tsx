import { Skeleton } from "@/components/ui/skeleton";
import { FilterBarSkeleton, ListTableSkeleton } from "@/components/list/list-skeleton";

// Shaped like the customer list (header, filters, rows) so nothing jumps on arrival.
export default function CustomersLoading() {
  return (
    <div aria-busy="true" className="flex flex-col gap-4">
      <div className="mb-2 flex flex-col gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      <FilterBarSkeleton widths={["w-72", "w-32", "w-32", "w-32", "w-32"]} />
      <ListTableSkeleton
        columns={["w-44", "w-28", "w-24", "w-20", "w-24", "w-16", "w-20"]}
        rowHeight="h-12"
        cardHeight="h-28"
      />
    </div>
  );
}
