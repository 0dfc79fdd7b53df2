// Where a lead's response clock stands (the rule is in lib/sla.ts). Kept apart from lib/sla.ts
// so the lead list and header, which are client components, do not bundle the holiday rules
// that due times are computed with.

export type SlaState =
  | { kind: "breached"; overdueMinutes: number; waitingMinutes: number }
  | { kind: "due"; minutesLeft: number; waitingMinutes: number }
  | { kind: "answered"; responseMinutes: number | null }
  | { kind: "none" };

export type SlaClock = {
  waitingSince: Date | null;
  slaDueAt: Date | null;
  firstResponseAt: Date | null;
  firstResponseMinutes: number | null;
};

/**
 * Where a lead's clock stands at `now`. All minutes here are wall-clock and
 * whole: waiting and overdue round down ("waiting 3 h 12 min"), minutes left
 * round up so a lead never shows "0 min left" while it is still due.
 *
 * A customer waiting on us wins over an earlier answer: a lead answered last
 * week whose customer asked again today is "due" or "breached", not "answered".
 * The clock is running only when both waitingSince and slaDueAt are set.
 */
export function slaState(lead: SlaClock, now: Date): SlaState {
  const nowMs = now.getTime();
  if (lead.waitingSince && lead.slaDueAt) {
    const waitingMinutes = Math.max(0, Math.floor((nowMs - lead.waitingSince.getTime()) / 60_000));
    const dueMs = lead.slaDueAt.getTime();
    if (nowMs >= dueMs)
      return { kind: "breached", overdueMinutes: Math.floor((nowMs - dueMs) / 60_000), waitingMinutes };
    return { kind: "due", minutesLeft: Math.ceil((dueMs - nowMs) / 60_000), waitingMinutes };
  }
  if (lead.firstResponseAt) return { kind: "answered", responseMinutes: lead.firstResponseMinutes };
  return { kind: "none" };
}
