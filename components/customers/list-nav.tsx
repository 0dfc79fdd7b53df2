"use client";

import { usePathname, useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useOptimistic, useState, useTransition, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { customerFiltersToSearch } from "@/lib/validation/customer-filters-url";
import type { CustomerFilters } from "@/lib/validation/customer-filters";

// The URL is the customer list's state. As in the lead list (components/leads/lead-filters-
// transition.tsx), a filter change is one transition: the rows stay on screen, dimmed, until the
// new page is ready, and the controls show the requested filters at once.

type CustomerListNav = { filters: CustomerFilters; apply: (patch: Partial<CustomerFilters>) => void; isPending: boolean };

const Ctx = createContext<CustomerListNav | null>(null);

export function CustomerListNavProvider({ filters, children }: { filters: CustomerFilters; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const [shown, show] = useOptimistic(filters);
  const apply = (patch: Partial<CustomerFilters>) => {
    // Changing the filters by hand leaves the segment they came from (its name would be a lie);
    // changing only the sort keeps it.
    const keepsSegment = Object.keys(patch).every((k) => k === "sort");
    const next: CustomerFilters = { ...shown, cursor: undefined, ...(keepsSegment ? {} : { segment: undefined }), ...patch };
    startTransition(() => {
      show(next);
      router.replace(`${pathname}${customerFiltersToSearch(next)}`, { scroll: false });
    });
  };
  return <Ctx value={{ filters: shown, apply, isPending }}>{children}</Ctx>;
}

export function useCustomerListNav(): CustomerListNav {
  const nav = useContext(Ctx);
  if (!nav) throw new Error("useCustomerListNav needs a CustomerListNavProvider");
  return nav;
}

/** Wraps the results: dimmed and marked busy while a filter change loads. */
export function CustomerListResults({ children }: { children: ReactNode }) {
  const { isPending } = useCustomerListNav();
  const t = useTranslations("customerList.filters");
  // Marks the list as interactive once hydrated (the e2e specs wait for it instead of network idle,
  // which a page with prefetched links may never reach on a busy machine).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <div aria-busy={isPending || undefined} data-hydrated={hydrated || undefined} className={cn("transition-opacity", isPending && "opacity-60")}>
      <p role="status" className="sr-only">{isPending ? t("updating") : ""}</p>
      {children}
    </div>
  );
}
