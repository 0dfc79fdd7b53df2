import "server-only";
import type { AppSession } from "@/server/auth/session";
import { isStaff } from "./staff";

// Lost reasons are the business's words for why deals are lost, counted on the dashboard: managers
// keep the list (Settings → Lost reasons); every member of staff reads it to pick one when a lead is
// lost. A reason switched off is no longer offered, but closed leads keep showing it.

export function mayReadLostReasons(session: AppSession | null): boolean {
  return isStaff(session);
}

export function mayKeepLostReasons(session: AppSession): boolean {
  return session.role === "MANAGER";
}
