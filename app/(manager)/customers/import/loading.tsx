import { Skeleton } from "@/components/ui/skeleton";

// Shaped like the import page: back link, title, the format box and the file picker.
export default function CustomerImportLoading() {
  return (
    <div aria-busy="true" className="flex max-w-4xl flex-col gap-4">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-4 w-96 max-w-full" />
      <Skeleton className="h-24" />
      <Skeleton className="h-24" />
    </div>
  );
}
