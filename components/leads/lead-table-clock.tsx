"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

// One clock for the whole list, so fifty rows tick together on one timer. The first render uses
// the server's time, so the HTML and the hydrated page agree; right after hydration it switches to
// the browser's clock and then ticks every 30 s (waiting times and SLA badges count in minutes).

const TICK_MS = 30_000;
const LeadClock = createContext<Date | null>(null);

export function LeadClockProvider({ serverNow, children }: { serverNow: string; children: ReactNode }) {
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, [serverNow]);
  return <LeadClock value={now}>{children}</LeadClock>;
}

export function useLeadClock(): Date {
  const now = useContext(LeadClock);
  if (!now) throw new Error("useLeadClock needs a LeadClockProvider");
  return now;
}
