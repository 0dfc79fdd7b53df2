"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

// A running send's progress: the page reads it again every few seconds while a send runs or its
// messages wait to be delivered, and stops when nothing can change by itself.
export function RefreshWhileRunning({ running, everyMs = 5000 }: { running: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [running, everyMs, router]);
  return null;
}
