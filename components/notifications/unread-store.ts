"use client";

import { useSyncExternalStore } from "react";

// The unread count, shared by every bell on the page (the phone strip and the desktop top bar
// each have one; only one is shown) and polled once: every 5 s while the tab is visible, like the
// lead list's change count (components/leads/new-leads-indicator.tsx).

const POLL_MS = 5_000;

type State = { count: number; arrived: number };
let state: State | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function emit(next: State) {
  state = next;
  for (const listener of listeners) listener();
}

/** A count from the server (a poll, an action's answer); more than before counts as arrived. */
export function setUnread(count: number, options: { seen?: boolean } = {}) {
  const before = state?.count ?? count;
  const arrived = options.seen ? 0 : count > before ? count - before : (state?.arrived ?? 0);
  emit({ count, arrived });
}

async function poll() {
  if (document.visibilityState !== "visible") return;
  try {
    const response = await fetch("/api/notifications/unread", { cache: "no-store" });
    if (!response.ok) return; // signed out or a blip: the next poll tries again
    const { count } = (await response.json()) as { count: number };
    setUnread(count);
  } catch {
    // Offline for a moment.
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    timer = setInterval(poll, POLL_MS);
    document.addEventListener("visibilitychange", poll);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", poll);
    }
  };
}

// One snapshot object per initial count: useSyncExternalStore needs the same object back while
// nothing changed, or it renders again and again.
const initialStates = new Map<number, State>();
function initialState(count: number): State {
  let known = initialStates.get(count);
  if (!known) initialStates.set(count, (known = { count, arrived: 0 }));
  return known;
}

export function useUnread(initial: number): State {
  return useSyncExternalStore(
    subscribe,
    () => state ?? initialState(initial),
    () => initialState(initial),
  );
}
