// Goals against actuals (Settings → Goals, the dashboard's Goals card, the weekly report). Pure, so
// the card and the e-mail say the same thing.

export type GoalFigure = { target: number | null; actual: number };
/** Reached: at or over the target; behind: under it. Always shown with its words, never colour alone. */
export type GoalStatus = "reached" | "behind" | "none";

/** Actual as a whole percentage of the target; null without a target (or a target of 0). */
export function goalPercent({ target, actual }: GoalFigure): number | null {
  if (target === null || target <= 0) return null;
  return Math.round((actual / target) * 100);
}

export function goalStatus({ target, actual }: GoalFigure): GoalStatus {
  if (target === null) return "none";
  return actual >= target ? "reached" : "behind";
}

/** "2026-03" → the month's first calendar day, as Postgres reads a date. */
export const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** The month after "YYYY-MM". */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

/** The month before "YYYY-MM". */
export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}
