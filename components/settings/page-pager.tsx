import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

type Props = { label: string; previous?: { href: string; label: string }; next?: { href: string; label: string } };

/** A line saying where in the list we are, with previous/next links when there is more. */
export function PagePager({ label, previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-ink-muted">
      <p className="tabular-nums">{label}</p>
      <div className="flex gap-2">
        {previous ? <Link href={previous.href} className={buttonClasses("secondary", "sm")}>{previous.label}</Link> : null}
        {next ? <Link href={next.href} className={buttonClasses("secondary", "sm")}>{next.label}</Link> : null}
      </div>
    </nav>
  );
}
