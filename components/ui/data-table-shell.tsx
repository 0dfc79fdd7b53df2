import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/cn";
import { ChevronDownIcon, ChevronUpIcon } from "./icons";

/*
 * Presentational pieces for dense work tables; feature code owns the data (react-table) and passes
 * sort state and handlers in. The header is sticky inside the table's own scroll area, so give
 * long tables a height via containerClassName (e.g. "max-h-[calc(100dvh-14rem)]").
 */

export type TableProps = ComponentProps<"table"> & {
  /** Names the table for screen readers; shown only to them. */
  caption?: ReactNode;
  containerClassName?: string;
};

export function Table({ caption, containerClassName, className, children, ...props }: TableProps) {
  return (
    <div className={cn("relative overflow-auto rounded-lg border border-line bg-surface", containerClassName)}>
      <table
        className={cn("data-table w-full border-separate border-spacing-0 text-left text-sm", className)}
        {...props}
      >
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("sticky top-0 z-10 bg-gray-50", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&>tr:last-child>td]:border-b-0", className)} {...props} />;
}

export type TrProps = ComponentProps<"tr"> & {
  /** Row opens a record: hover tint and pointer. Put a real link in the first cell for keyboards. */
  interactive?: boolean;
  selected?: boolean;
};

export function Tr({ interactive, selected, className, ...props }: TrProps) {
  return (
    <tr
      aria-selected={selected || undefined}
      className={cn(interactive && "row-link", selected && "bg-accent-50", className)}
      {...props}
    />
  );
}

export type SortDirection = "ascending" | "descending" | "none";

export type ThProps = Omit<ComponentProps<"th">, "aria-sort"> & {
  numeric?: boolean;
  /** Set on sortable columns; "none" means sortable but not sorted now. */
  sort?: SortDirection;
  /** Makes the header a button that asks for the next sort order. */
  onSort?: () => void;
};

export function Th({ numeric, sort, onSort, className, children, ...props }: ThProps) {
  const Indicator = sort === "descending" ? ChevronDownIcon : ChevronUpIcon;
  const content = (
    <>
      {children}
      {sort ? <Indicator className={cn("size-3.5 shrink-0", sort === "none" ? "text-gray-300" : "text-ink")} /> : null}
    </>
  );
  return (
    <th
      scope="col"
      aria-sort={sort && sort !== "none" ? sort : undefined}
      // app/globals.css, as .cell: every table repeats its header's classes.
      className={cn(numeric ? "th-num" : "th", className)}
      {...props}
    >
      {onSort ? (
        <button
          type="button"
          onClick={onSort}
          className={cn(
            "-mx-1 inline-flex items-center gap-1 rounded-sm px-1 align-middle hover:text-ink",
            numeric && "flex-row-reverse",
          )}
        >
          {content}
        </button>
      ) : (
        <span className={numeric ? "th-label-num" : "th-label"}>{content}</span>
      )}
    </th>
  );
}

export type TdProps = ComponentProps<"td"> & {
  /** Right-aligned tabular figures, for money, counts and durations. */
  numeric?: boolean;
  /** Cut long text to one line; the full value is in `title` (taken from string children by default). */
  truncate?: boolean;
  /** Let text wrap (notes, addresses); by default cells stay on one line to keep rows dense. */
  wrap?: boolean;
};

export function Td({ numeric, truncate, wrap, title, className, children, ...props }: TdProps) {
  const fullText = title ?? (truncate && typeof children === "string" ? children : undefined);
  return (
    <td
      title={fullText}
      // app/globals.css: a plain cell takes its look from the table (.data-table td), a figure's is one
      // short class: every list row repeats them.
      className={cn(numeric && "cell-num", wrap && "whitespace-normal", className) || undefined}
      {...props}
    >
      {truncate ? <div className="max-w-64 truncate">{children}</div> : children}
    </td>
  );
}
