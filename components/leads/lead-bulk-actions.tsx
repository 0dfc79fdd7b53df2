"use client";

import { lazy, Suspense } from "react";
import type { LeadBulkBarProps } from "./lead-bulk-bar";

export type { LeadBulkOptions } from "./lead-bulk-bar";

// The bar (its pickers, the server actions behind them) is loaded when the first row is selected:
// most visits never select one, and the list's first JavaScript should not carry it.
const LeadBulkBar = lazy(() => import("./lead-bulk-bar").then((m) => ({ default: m.LeadBulkBar })));

export function LeadBulkActions(props: LeadBulkBarProps) {
  if (!props.selected.length) return null;
  return (
    <Suspense fallback={null}>
      <LeadBulkBar {...props} />
    </Suspense>
  );
}
