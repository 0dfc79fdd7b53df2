"use client";

import { lazy, Suspense } from "react";
import type { CustomerBulkBarProps } from "./customer-bulk-bar";

export type { CustomerBulkOptions } from "./customer-bulk-bar";

// Loaded when the first row is selected, like the lead list's (components/leads/lead-bulk-actions.tsx).
const CustomerBulkBar = lazy(() => import("./customer-bulk-bar").then((m) => ({ default: m.CustomerBulkBar })));

export function CustomerBulkActions(props: CustomerBulkBarProps) {
  if (!props.selected.length) return null;
  return (
    <Suspense fallback={null}>
      <CustomerBulkBar {...props} />
    </Suspense>
  );
}
