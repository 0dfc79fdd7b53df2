import "server-only";
import type { AppSession } from "@/server/auth/session";

// Templates belong to the business, not to a team: every member of staff may write with any active
// template; managers write, change and archive them. A customer login reaches none of it.

export function mayUseTemplates(session: AppSession): boolean {
  return session.role === "SALES" || session.role === "MANAGER";
}

export function mayManageTemplates(session: AppSession): boolean {
  return session.role === "MANAGER";
}
