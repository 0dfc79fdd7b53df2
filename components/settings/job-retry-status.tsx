"use client";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

// A retried job leaves the failed list (the page is revalidated), taking its button and any
// message beside it along. So the news is said here, above the list, and focus moves to the
// list's heading instead of falling back to the top of the page.

const RetryStatus = createContext<(message: string) => void>(() => {});

export function JobRetryStatus({ headingId, children }: { headingId: string; children: ReactNode }) {
  const [message, setMessage] = useState("");
  const announce = useCallback(
    (text: string) => {
      setMessage(text);
      document.getElementById(headingId)?.focus();
    },
    [headingId],
  );
  return (
    <RetryStatus.Provider value={announce}>
      <p role="status" className="px-4 text-sm text-success-fg [&:not(:empty)]:pt-3">
        {message}
      </p>
      {children}
    </RetryStatus.Provider>
  );
}

export const useAnnounceRetry = () => useContext(RetryStatus);
