"use client";

import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";

// A list renders either its table (md and wider) or its phone cards, never both: both in the HTML
// doubled every row. The server picks by the request's device (lib/narrow-screen-guess.ts); once
// hydrated, the screen's real width decides, and turning a tablet or resizing a window swaps them.

const NarrowGuess = createContext(false);

export function ListLayoutGuess({ narrow, children }: { narrow: boolean; children: ReactNode }) {
  return <NarrowGuess value={narrow}>{children}</NarrowGuess>;
}

const WIDE = "(min-width: 48rem)"; // Tailwind's md

function subscribe(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** True where the list shows its table, false where it shows cards. */
export function useWideList(): boolean {
  const narrowGuess = useContext(NarrowGuess);
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE).matches,
    () => !narrowGuess,
  );
}
