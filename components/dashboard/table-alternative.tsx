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
      <summary className="disclosure">
        <ChevronRightIcon className="size-4 transition-transform group-open:rotate-90" />
        {summary}
      </summary>
      <Table caption={caption} containerClassName="mt-3">
        {children}
      </Table>
    </details>
  );
}
