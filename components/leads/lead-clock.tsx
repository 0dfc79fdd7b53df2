"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

// One clock for the whole list, so fifty rows tick together on one timer. It keeps the server's
// time: the first render uses it, so the HTML and the hydrated page agree, and the ticks after
// hydration add the browser's elapsed time to it. Response clocks are promises the server keeps,
// so a laptop whose clock is five minutes off must not move "due in 3 min" (nor may a test's
// pinned server clock, lib/clock-pin.ts). Waiting times and SLA badges count in minutes: a tick
// every 30 s is enough.

const TICK_MS = 30_000;
const LeadClock = createContext<Date | null>(null);

export function LeadClockProvider({ serverNow, children }: { serverNow: string; children: ReactNode }) {
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    const tick = () => setNow(new Date(Date.now() + skew));
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [serverNow]);
  return <LeadClock value={now}>{children}</LeadClock>;
}

export function useLeadClock(): Date {
  const now = useContext(LeadClock);
  if (!now) throw new Error("useLeadClock needs a LeadClockProvider");
  return now;
}
