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
  const [clock, setClock] = useState(() => ({ from: serverNow, now: new Date(serverNow) }));
  // A refreshed page brings a new server time: take it in the same render. Hydration must not set
  // the clock again: that drew every row's times a second time, as one long task (issue 19).
  let now = clock.now;
  if (clock.from !== serverNow) {
    now = new Date(serverNow);
    setClock({ from: serverNow, now });
  }
  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    const timer = setInterval(() => setClock({ from: serverNow, now: new Date(Date.now() + skew) }), TICK_MS);
    return () => clearInterval(timer);
  }, [serverNow]);
  return <LeadClock value={now}>{children}</LeadClock>;
}

export function useLeadClock(): Date {
  const now = useContext(LeadClock);
  if (!now) throw new Error("useLeadClock needs a LeadClockProvider");
  return now;
}
