import Link from "next/link";
import { XIcon } from "@/components/ui/icons";

// The active filters as chips, each with its own remove link, so what narrows a list is always in
// sight. Plain links: they work before hydration and open in a new tab. The list builds the chips
// (its words, and the URL without each filter); this draws them.

export type FilterChip = { key: string; label: string; href: string; removeLabel: string };

type Props = { heading: string; chips: FilterChip[]; clearAll: { href: string; label: string } };

export function FilterChips({ heading, chips, clearAll }: Props) {
  if (!chips.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">{heading}</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li
            key={chip.key}
            className="inline-flex h-7 items-center gap-1 rounded-full border border-accent-200 bg-accent-50 pr-1 pl-3 text-sm text-accent-700"
          >
            <span className="max-w-60 truncate" title={chip.label}>
              {chip.label}
            </span>
            <Link
              href={chip.href}
              scroll={false}
              aria-label={chip.removeLabel}
              className="inline-flex size-5 items-center justify-center rounded-full hover:bg-accent-100"
            >
              <XIcon className="size-3.5" />
            </Link>
          </li>
        ))}
      </ul>
      <Link
        href={clearAll.href}
        scroll={false}
        className="text-sm text-ink-muted underline-offset-2 hover:text-ink hover:underline"
      >
        {clearAll.label}
      </Link>
    </div>
  );
}
