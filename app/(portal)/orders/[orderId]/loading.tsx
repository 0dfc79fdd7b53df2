import { Skeleton } from "@/components/ui/skeleton";

/** Shaped like the order page: header, the status card, then the timeline. */
export default function Loading() {
  return (
    <div aria-busy="true" className="flex flex-col gap-4">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-8 w-64 max-w-full" />
      <Skeleton className="h-40" />
      <Skeleton className="h-64" />
    </div>
  );
}
