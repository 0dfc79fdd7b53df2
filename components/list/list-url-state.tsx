"use client";

import { usePathname, useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useOptimistic, useRef, useTransition, type ReactNode } from "react";
import { cn } from "@/lib/cn";

// A list's state is its URL: filters, sort and cursor are search params, so a list can be reloaded,
// shared and opened in a new tab. The server parses them with the list's zod schema (falling back
// to defaults); the browser writes them back with the list's `toSearch`. A change is a navigation
// in one transition: the rows stay on screen, dimmed, until the new page is ready (no skeleton
// flash, the focus stays in the search box), the controls show the requested state at once
// (optimistic), and two quick clicks add up instead of the second undoing the first.

type Filters = { cursor?: string };

export type ListUrlState<F extends Filters> = { filters: F; apply: (patch: Partial<F>) => void; isPending: boolean };

const Ctx = createContext<ListUrlState<Filters> | null>(null);

type Props<F extends Filters> = {
  filters: F;
  toSearch: (filters: F) => string;
  /** The state a patch leads to; by default the patch on top, back on the first page. */
  next?: (shown: F, patch: Partial<F>) => F;
  children: ReactNode;
};

export function ListUrlStateProvider<F extends Filters>({ filters, toSearch, next, children }: Props<F>) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const [shown, show] = useOptimistic(filters);
  const apply = (patch: Partial<F>) => {
    const state = next ? next(shown, patch) : { ...shown, cursor: undefined, ...patch };
    startTransition(() => {
      show(state);
      // replace, not push: a dozen filter clicks should not become a dozen Back presses.
      router.replace(`${pathname}${toSearch(state)}`, { scroll: false });
    });
  };
  return <Ctx value={{ filters: shown, apply, isPending } as unknown as ListUrlState<Filters>}>{children}</Ctx>;
}

/** The list's state; F is the list's filter type (its provider was given the same). */
export function useListUrlState<F extends Filters>(): ListUrlState<F> {
  const state = useContext(Ctx);
  if (!state) throw new Error("useListUrlState needs a ListUrlStateProvider");
  return state as unknown as ListUrlState<F>;
}

/** Wraps the results: dimmed and marked busy while a change of the URL state loads. */
export function ListResults({ updatingLabel, children }: { updatingLabel: string; children: ReactNode }) {
  const { isPending } = useListUrlState();
  // Marks the list as interactive once hydrated (the e2e specs wait for it instead of network idle,
  // which a page with prefetched links may never reach on a busy machine). Set on the element, not
  // as state: a state that differs from the server's draws the list again (e2e/hydration.spec.ts).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.setAttribute("data-hydrated", "true"), []);
  return (
    <div ref={box} aria-busy={isPending || undefined} className={cn("transition-opacity", isPending && "opacity-60")}>
      <p role="status" className="sr-only">
        {isPending ? updatingLabel : ""}
      </p>
      {children}
    </div>
  );
}
