import Link from "next/link";
import type { ReactNode } from "react";

// A list on a phone (below md, where ListTable hides): one card per row, the whole card a link to
// the record. The list draws what is inside a card.

type Props<Row extends { id: string }> = {
  rows: Row[];
  href: (id: string) => string;
  /** Off for lists whose records are costly to render ahead (fifty customer pages per view). */
  prefetch?: false;
  testId?: string;
  children: (row: Row) => ReactNode;
};

export function ListCards<Row extends { id: string }>({ rows, href, prefetch, testId, children }: Props<Row>) {
  return (
    <ul className="flex flex-col gap-2 md:hidden">
      {rows.map((row) => (
        <li key={row.id}>
          <Link
            href={href(row.id)}
            prefetch={prefetch}
            data-testid={testId}
            className="block rounded-lg border border-line bg-surface p-3 hover:bg-gray-50 focus-visible:outline-offset-0"
          >
            {children(row)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
