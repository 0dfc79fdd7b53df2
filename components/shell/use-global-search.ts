"use client";

import { useEffect, useState } from "react";
import { GLOBAL_SEARCH_MIN, type GlobalSearchResult } from "@/lib/search/result";

// The search dialog's answers as the person types: asked 150 ms after the last keystroke, and
// each new text aborts the request before it, so an answer that arrives late for an older text is
// never shown over the newer one's.

export type SearchState =
  | { status: "idle" }
  | { status: "loading"; result: GlobalSearchResult | null; q: string | null }
  | { status: "done"; result: GlobalSearchResult; q: string }
  | { status: "error" };

const DEBOUNCE_MS = 150;

export function useGlobalSearch(text: string): SearchState {
  const q = text.trim();
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const [asked, setAsked] = useState(q);
  // Derived during render (not in an effect): the new text starts "loading", keeping the last
  // answer on screen until the new one comes, so the list does not flash empty at each keystroke.
  if (asked !== q) {
    setAsked(q);
    setState((s) =>
      q.length < GLOBAL_SEARCH_MIN
        ? { status: "idle" }
        : {
            status: "loading",
            result: s.status === "done" || s.status === "loading" ? s.result : null,
            q: s.status === "done" || s.status === "loading" ? s.q : null,
          },
    );
  }

  useEffect(() => {
    if (q.length < GLOBAL_SEARCH_MIN) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
          cache: "no-store",
        });
        if (!response.ok) throw new Error(String(response.status));
        const result = (await response.json()) as GlobalSearchResult;
        if (!controller.signal.aborted) setState({ status: "done", result, q });
      } catch {
        if (!controller.signal.aborted) setState({ status: "error" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  return state;
}
