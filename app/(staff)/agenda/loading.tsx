import { Skeleton } from "@/components/ui/skeleton";

// Shaped like the agenda (header, then groups of rows with their buttons) so nothing jumps on arrival.
export default function AgendaLoading() {
  return (
    <div aria-busy="true" className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-32" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      {[3, 2].map((rows, group) => (
        <div key={group} className="flex flex-col gap-2">
          <Skeleton className="h-5 w-28" />
          {Array.from({ length: rows }, (_, i) => (
            <Skeleton key={i} className="h-20 w-full sm:h-16" />
          ))}
        </div>
      ))}
    </div>
  );
}
