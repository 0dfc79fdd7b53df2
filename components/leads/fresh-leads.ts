"use client";

import { useSyncExternalStore } from "react";

// The leads the live indicator just showed (components/leads/new-leads-indicator.tsx): the list
// marks their rows until the next page load, so a rep sees which rows are new or changed instead
// of hunting for them among fifty.

export type Freshness = "new" | "changed";
// Nothing is marked until the indicator marks it: the same empty map the server draws with, so
// hydration finds nothing changed. A new Map here made React draw every row a second time
// straight after hydrating them (e2e/hydration.spec.ts).
const EMPTY: ReadonlyMap<string, Freshness> = new Map();
let fresh = EMPTY;
const listeners = new Set<() => void>();

export function markFresh(leads: readonly { id: string; isNew: boolean }[]) {
  fresh = new Map(leads.map((lead) => [lead.id, lead.isNew ? "new" : "changed"]));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFreshLeads(): ReadonlyMap<string, Freshness> {
  return useSyncExternalStore(
    subscribe,
    () => fresh,
    () => EMPTY,
  );
}
