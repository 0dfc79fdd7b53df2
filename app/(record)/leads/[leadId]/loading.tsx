import { Skeleton } from "@/components/ui/skeleton";
import { TimelineSkeleton } from "@/components/journey/timeline-skeleton";

/** Shaped like the lead page: header, then facts and timeline beside the form. */
export default function Loading() {
  return (
    <div aria-busy="true" className="flex flex-col gap-6">
      <Skeleton className="h-4 w-24" />
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr] xl:grid-cols-[minmax(0,1fr)_26rem]">
        <Skeleton className="h-56" />
        <Skeleton className="h-[30rem] lg:col-start-2 lg:row-span-2 lg:row-start-1" />
        <TimelineSkeleton />
      </div>
    </div>
  );
}
