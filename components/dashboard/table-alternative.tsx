"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/data-table-shell";
import { ChevronRightIcon } from "@/components/ui/icons";

/** A figure, or a figure with a quieter note after it ("62 % (31/50)"), or a row's name with its link. */
export type TableCell = string | { text: string; note?: string; href?: string; testId?: string };
export type TableRow = { key: string; cells: TableCell[]; testId?: string };

/**
 * The chart's numbers as a real table, one click away; it scrolls sideways on a phone. The rows come
 * as formatted text and the table is drawn when it is first opened: a dashboard has thirteen of them,
 * mostly in tabs nobody opens, and drawn on the server each was sent twice (as HTML and as the React
 * tree behind it), about a fifth of the page.
 */
export function TableAlternative({
  summary,
  caption,
  columns,
  rows,
  bodyTestId,
}: {
  summary: string;
  caption: string;
  /** Headers: the first names the rows, the others are figures (right-aligned). */
  columns: string[];
  rows: TableRow[];
  bodyTestId?: string;
}) {
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Opened before the page's script ran (a quick tap on a slow phone): the toggle event came before
  // React listened for it.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    <details ref={details} className="group" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="disclosure">
        <ChevronRightIcon className="size-4 transition-transform group-open:rotate-90" />
        {summary}
      </summary>
      {opened ? (
        <Table caption={caption} containerClassName="mt-3">
          <THead>
            <tr>
              {columns.map((c, i) => (
                <Th key={i} numeric={i > 0}>
                  {c}
                </Th>
              ))}
            </tr>
          </THead>
          <TBody data-testid={bodyTestId}>
            {rows.map((r) => (
              <Tr key={r.key} data-testid={r.testId}>
                {r.cells.map((cell, i) => {
                  const { text, note, href, testId } = typeof cell === "string" ? { text: cell } : cell;
                  return i === 0 ? (
                    <Td key={i} truncate title={text} data-testid={testId}>
                      {href ? (
                        <Link href={href} className="font-medium text-accent-700 hover:underline">
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </Td>
                  ) : (
                    <Td key={i} numeric data-testid={testId}>
                      {text}
                      {note ? <span className="text-ink-subtle"> {note}</span> : null}
                    </Td>
                  );
                })}
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </details>
  );
}
