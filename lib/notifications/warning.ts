// When the "runs out soon" warning fires: by default 10 minutes before the response time runs out,
// or a quarter of the promise when that is shorter (a 15-minute chat promise warns 3¾ minutes
// ahead, not 10 minutes into a 15-minute clock). A manager may set a fixed lead time instead
// (Settings → Alerts); it is capped at the promise, so a warning never comes before the signal.
// Counted on the wall clock back from the due time, which already lies inside opening hours.

export const DEFAULT_WARN_BEFORE_MINUTES = 10;

export function warningLeadMinutes(promiseMinutes: number, warnBeforeMinutes: number | null): number {
  if (warnBeforeMinutes !== null) return Math.min(warnBeforeMinutes, promiseMinutes);
  return Math.min(DEFAULT_WARN_BEFORE_MINUTES, promiseMinutes / 4);
}

export function warningAt(dueAt: Date, promiseMinutes: number, warnBeforeMinutes: number | null): Date {
  return new Date(dueAt.getTime() - warningLeadMinutes(promiseMinutes, warnBeforeMinutes) * 60_000);
}

/** When an unanswered breach is escalated to the team's managers. */
export function escalationAt(dueAt: Date, escalateAfterMinutes: number): Date {
  return new Date(dueAt.getTime() + escalateAfterMinutes * 60_000);
}
