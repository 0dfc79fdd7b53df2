import type { ReactNode } from "react";
import { Table } from "@/components/ui/data-table-shell";
import { ChevronRightIcon } from "@/components/ui/icons";

/** The chart's numbers as a real table, one click away; it scrolls sideways on a phone. */
export function TableAlternative({
  summary,
  caption,
  children,
}: {
  summary: string;
  caption: string;
  children: ReactNode;
}) {
  return (
    <details className="group">
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded-sm text-sm font-medium text-accent-700 hover:text-accent-800 [&::-webkit-details-marker]:hidden">
        <ChevronRightIcon className="size-4 transition-transform group-open:rotate-90" />
        {summary}
      </summary>
      <Table caption={caption} containerClassName="mt-3">
        {children}
      </Table>
    </details>
  );
}
