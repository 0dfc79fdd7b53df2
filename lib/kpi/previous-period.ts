import { localIsoDate } from "./date-range";
import type { DashboardFilters } from "./filters";

// The period before the dashboard's range, of equal length, for the cards' "vs previous" line:
// the same filters (team, rep, channel, window) over [from − length, from). It never ends now,
// so today's leads are never in it twice.

export function previousPeriod(f: DashboardFilters, zone: string): DashboardFilters {
  const length = f.to.getTime() - f.from.getTime();
  const from = new Date(f.from.getTime() - length);
  const to = f.from;
  return {
    ...f,
    range: "custom",
    from,
    to,
    endsNow: false,
    fromDate: localIsoDate(from, zone),
    toDate: localIsoDate(new Date(to.getTime() - 1), zone),
  };
}

/**
 * The range's length in whole days, as the line names it ("vs previous 30 days"): a preset's part of
 * today does not make it a day longer, and an hour of slack keeps a range across a clock change whole.
 */
export function periodDays(f: Pick<DashboardFilters, "from" | "to">): number {
  return Math.max(1, Math.floor((f.to.getTime() - f.from.getTime() + 3_600_000) / 864e5));
}

export type PeriodChange =
  | { kind: "relative"; direction: "up" | "down" | "same"; percent: number }
  | { kind: "points"; direction: "up" | "down" | "same"; points: number }
  | { kind: "none" };

/**
 * A count's change as a percentage of the previous one; a share's (0..1) as percentage points, since
 * "conversion up 50 %" from 2 % to 3 % misleads. No previous figure (or a count of 0): no change to
 * state; the card then says what the previous figure was.
 */
export function periodChange(current: number | null, previous: number | null, share = false): PeriodChange {
  if (current === null || previous === null) return { kind: "none" };
  const direction = (d: number) => (d > 0 ? "up" : d < 0 ? "down" : "same") as "up" | "down" | "same";
  if (share) {
    const points = Math.round((current - previous) * 1000) / 10;
    return { kind: "points", direction: direction(points), points: Math.abs(points) };
  }
  if (previous === 0) return { kind: "none" };
  const percent = Math.round(((current - previous) / previous) * 100);
  return { kind: "relative", direction: direction(percent), percent: Math.abs(percent) };
}
