import { Skeleton } from "@/components/ui/skeleton";
import { TimelineSkeleton } from "@/components/journey/timeline-skeleton";

/** Shaped like the customer page: header and facts, the journey strip, then timeline beside the cards. */
export default function Loading() {
  return (
    <div aria-busy="true" className="flex flex-col gap-6">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-24" />
      <Skeleton className="h-28" />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_26rem]">
        <Skeleton className="h-[28rem] lg:col-start-2 lg:row-start-1" />
        <div className="lg:col-start-1 lg:row-start-1">
          <TimelineSkeleton />
        </div>
      </div>
    </div>
  );
}
