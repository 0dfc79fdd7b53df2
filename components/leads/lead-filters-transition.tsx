"use client";

import { usePathname, useRouter } from "next/navigation";
import { createContext, useContext, useOptimistic, useTransition, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import type { LeadFilters } from "@/lib/validation/lead-filters";
import { cn } from "@/lib/cn";

// Filter changes are navigations (the URL is the state). Running them in one transition keeps the
// current rows on screen, dimmed, until the new page is ready, instead of flashing a skeleton and
// losing the focus in the search box. The controls show the requested filters at once (optimistic),
// and two quick clicks add up instead of the second undoing the first.

type LeadListNav = { filters: LeadFilters; apply: (patch: Partial<LeadFilters>) => void; isPending: boolean };

const Ctx = createContext<LeadListNav | null>(null);

export function LeadListNavProvider({ filters, children }: { filters: LeadFilters; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const [shown, show] = useOptimistic(filters);
  const apply = (patch: Partial<LeadFilters>) => {
    const next: LeadFilters = { ...shown, cursor: undefined, ...patch };
    startTransition(() => {
      show(next);
      // replace, not push: a dozen filter clicks should not become a dozen Back presses.
      router.replace(`${pathname}${leadFiltersToSearch(next)}`, { scroll: false });
    });
  };
  return <Ctx value={{ filters: shown, apply, isPending }}>{children}</Ctx>;
}

export function useLeadListNav(): LeadListNav {
  const nav = useContext(Ctx);
  if (!nav) throw new Error("useLeadListNav needs a LeadListNavProvider");
  return nav;
}

/** Wraps the results: dimmed and marked busy while a filter change loads. */
export function LeadListResults({ children }: { children: ReactNode }) {
  const { isPending } = useLeadListNav();
  const t = useTranslations("leadList.filters");
  return (
    <div aria-busy={isPending || undefined} className={cn("transition-opacity", isPending && "opacity-60")}>
      <p role="status" className="sr-only">{isPending ? t("updating") : ""}</p>
      {children}
    </div>
  );
}
