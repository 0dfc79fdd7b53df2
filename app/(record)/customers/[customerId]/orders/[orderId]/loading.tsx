import { Skeleton } from "@/components/ui/skeleton";

/** Shaped like the staff order page: header, facts and history beside the forms. */
export default function Loading() {
  return (
    <div aria-busy="true" className="flex flex-col gap-6">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-8 w-64 max-w-full" />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex flex-col gap-6">
          <Skeleton className="h-48" />
          <Skeleton className="h-72" />
        </div>
        <Skeleton className="h-[28rem]" />
      </div>
    </div>
  );
}
