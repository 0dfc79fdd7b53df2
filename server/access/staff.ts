import "server-only";
import type { AppSession } from "@/server/auth/session";

// WHO IS STAFF: sales reps and managers. Every staff-side read starts here (lists, dashboard, the
// staff order page); what each of them may then see is the entity's own rule in this folder.

export type StaffSession = AppSession & { role: "MANAGER" | "SALES" };

export class StaffAccessError extends Error {
  constructor(message = "Staff only") {
    super(message);
    this.name = "StaffAccessError";
  }
}

export function isStaff(session: AppSession | null | undefined): session is StaffSession {
  return session?.role === "SALES" || session?.role === "MANAGER";
}

/**
 * Throws for anyone who is not staff. A caller whose refusal the user sees differently (the
 * dashboard's) passes its own error class.
 */
export function assertStaff(
  session: AppSession | null | undefined,
  Refusal: new () => Error = StaffAccessError,
): asserts session is StaffSession {
  if (!isStaff(session)) throw new Refusal();
}

/**
 * Marking someone away (server/users/away.ts): staff mark themselves, a manager marks anyone.
 * A rep may not mark a colleague away: that would quietly stop their leads.
 */
export function mayMarkAway(session: AppSession, userId: string): boolean {
  if (!isStaff(session)) return false;
  return session.role === "MANAGER" || session.userId === userId;
}
