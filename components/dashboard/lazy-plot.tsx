"use client";

import { Suspense, startTransition, useEffect, useRef, useState, type ReactNode } from "react";

// How far below the screen a chart starts drawing, so it is there when scrolled to.
const AHEAD = "300px 0px";

/**
 * Shows `placeholder` (grey bars in the chart's proportions) on the server and until the chart is
 * near the screen, then the lazily loaded plot. The charts are pictures of tables the server
 * already rendered, so recharts need not hold up the page: it loads after hydration, in its own
 * chunk, one chart at a time as each nears the screen, and renders in a transition, which React
 * splits into short tasks. Mounting every chart of the dashboard at once after hydration was one
 * main-thread task of seconds on a phone (Lighthouse TBT, issue 19).
 */
export function LazyPlot({
  height,
  placeholder,
  children,
}: {
  height: number;
  placeholder: ReactNode;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const show = () => startTransition(() => setShown(true));
    const node = box.current;
    if (!node || typeof IntersectionObserver === "undefined") return show();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        show();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  // The box keeps the chart's height from the first paint, so nothing below it moves.
  return (
    <div ref={box} aria-hidden="true" style={{ height }} className="[&_.recharts-surface]:overflow-visible">
      {shown ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </div>
  );
}
