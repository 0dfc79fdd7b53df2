"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/cn";

// A thin bar at the top of the screen from the tap on an in-app link until the next page is shown.
// The fast pages (lists, a lead, a customer, an order) have no route-level skeleton: behind one,
// React reveals the content at least 300 ms after the skeleton on a first load, so the rows come
// sooner without it (Lighthouse, issue 19). This bar is the acknowledgement a skeleton gave on a
// tap. Written here rather than taken from nextjs-toploader or @bprogress/next: both patch
// history.pushState and bring NProgress's styles for what a click listener and the new path do.
// A slower part of a page still streams in its own <Suspense> skeleton (the dashboard's cards).

const GIVE_UP_MS = 15_000; // a link whose click something else cancelled never changes the page

export function NavigationProgress() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [pendingFrom, setPendingFrom] = useState<string | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  const here = `${pathname}?${search}`;

  // Re-registered on each page, so the click records `here` exactly as the hooks spell it (the
  // search as URLSearchParams encodes it, not as the address bar shows it: "a,b" vs "a%2Cb").
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return;
      if (link.target && link.target !== "_self") return;
      const url = new URL(link.href, window.location.href);
      // Another site, or a file or JSON an endpoint answers with: the app's page does not change.
      if (url.origin !== window.location.origin || url.pathname.startsWith("/api/")) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      setPendingFrom(here);
    };
    document.addEventListener("click", onClick);
    // Listening from here on. The bar sits in its own Suspense boundary (useSearchParams), which
    // React hydrates after the page: a tap before that is not acknowledged (tests wait for this).
    bar.current?.setAttribute("data-ready", "true");
    return () => document.removeEventListener("click", onClick);
  }, [here]);

  const pending = pendingFrom !== null && pendingFrom === here;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPendingFrom(null), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  return (
    <div
      ref={bar}
      aria-hidden
      data-testid="navigation-progress"
      data-pending={pending || undefined}
      className={cn(
        "pointer-events-none fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden transition-opacity duration-150",
        pending ? "opacity-100 delay-100" : "opacity-0",
      )}
    >
      <div className="h-full w-1/3 animate-progress bg-accent-600 motion-reduce:w-full motion-reduce:animate-none" />
    </div>
  );
}
