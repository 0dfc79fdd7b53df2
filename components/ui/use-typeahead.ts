"use client";

import { useEffect, useState } from "react";

// Answers from a GET endpoint as the person types (the top bar's search, the rep picker): asked
// 150 ms after the last keystroke, and each new text aborts the request before it, so an answer
// that arrives late for an older text is never shown over the newer one's.

export type TypeaheadState<T> =
  | { status: "idle" }
  /** Asking; the last answer (and the text it was for) stays on screen until the new one comes. */
  | { status: "loading"; result: T | null; q: string | null }
  | { status: "done"; result: T; q: string }
  | { status: "error" };

const DEBOUNCE_MS = 150;

/** `endpoint?q=…` (or `&q=…` after the endpoint's own query) for the text `q`; null asks nothing. */
export function useTypeahead<T>(endpoint: string, q: string | null): TypeaheadState<T> {
  const [state, setState] = useState<TypeaheadState<T>>({ status: "idle" });
  const [asked, setAsked] = useState<string | null>(null);
  // Derived during render (not in an effect): a new text starts "loading" and keeps the last
  // answer, so the list does not flash empty at each keystroke.
  if (asked !== q) {
    setAsked(q);
    setState((s) =>
      q === null
        ? { status: "idle" }
        : {
            status: "loading",
            result: s.status === "done" || s.status === "loading" ? s.result : null,
            q: s.status === "done" || s.status === "loading" ? s.q : null,
          },
    );
  }

  useEffect(() => {
    if (q === null) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const url = `${endpoint}${endpoint.includes("?") ? "&" : "?"}q=${encodeURIComponent(q)}`;
        const response = await fetch(url, {
          signal: controller.signal,
          cache: "no-store",
        });
        if (!response.ok) throw new Error(String(response.status));
        const result = (await response.json()) as T;
        if (!controller.signal.aborted) setState({ status: "done", result, q });
      } catch {
        if (!controller.signal.aborted) setState({ status: "error" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, q]);

  return state;
}
