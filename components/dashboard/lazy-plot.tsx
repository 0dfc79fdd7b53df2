"use client";

import { Suspense, useSyncExternalStore, type ReactNode } from "react";

const subscribeNever = () => () => {};

/**
 * Shows `placeholder` on the server and while hydrating, then the lazily loaded
 * plot. The charts are pictures of tables the server already rendered, so
 * recharts need not hold up the page: it loads after hydration, in its own chunk.
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
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  // The box keeps the chart's height from the first paint, so nothing below it moves.
  return (
    <div aria-hidden="true" style={{ height }} className="[&_.recharts-surface]:overflow-visible">
      {hydrated ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}
    </div>
  );
}
