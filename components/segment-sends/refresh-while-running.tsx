"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

// A running send's progress: the page reads it again every few seconds while a send runs, and
// stops when none does (a paused or finished send does not change by itself).
export function RefreshWhileRunning({ running, everyMs = 5000 }: { running: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [running, everyMs, router]);
  return null;
}
