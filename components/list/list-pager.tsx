import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { ChevronRightIcon } from "@/components/ui/icons";

// The one pager. Keyset lists have no page numbers (they would need an exact count): "back" returns
// to the first page, "next" carries the last row's cursor in the URL, so any page can be reloaded or
// shared. Plain links in a labelled <nav>: they work before hydration, by keyboard, in a new tab.

type PagerLink = { href: string; label: string };

type Props = {
  /** Names the <nav> for screen readers. */
  label: string;
  back?: PagerLink;
  next?: PagerLink;
  /** Said where "next" would be, on the last page. */
  end?: string;
  /** Where in the list we are, when the list knows ("Page 2 of 5"). */
  status?: ReactNode;
};

export function ListPager({ label, back, next, end, status }: Props) {
  if (!back && !next) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap items-center gap-3">
        {back ? (
          <Link href={back.href} className={buttonClasses("ghost", "sm")}>
            {back.label}
          </Link>
        ) : null}
        {status ? <p className="text-sm text-ink-muted tabular-nums">{status}</p> : null}
      </div>
      {next ? (
        <Link href={next.href} rel="next" className={buttonClasses("secondary", "sm")}>
          {next.label}
          <ChevronRightIcon className="size-4" />
        </Link>
      ) : end ? (
        <p className="text-sm text-ink-muted">{end}</p>
      ) : null}
    </nav>
  );
}
