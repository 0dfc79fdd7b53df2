import { Skeleton } from "@/components/ui/skeleton";

// Shaped like the history page: back link, title, subtitle and a few rows of imports.
export default function ImportHistoryLoading() {
  return (
    <div aria-busy="true" className="flex max-w-5xl flex-col gap-4">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <Skeleton className="h-14" />
      <Skeleton className="h-14" />
      <Skeleton className="h-14" />
    </div>
  );
}
