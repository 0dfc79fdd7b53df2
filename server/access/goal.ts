import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { isStaff } from "./staff";

// GOALS: managers set every rep's and every team's monthly targets (teams do not restrict managers
// anywhere in Reise: a manager reads and changes every team's leads, so every team's goals too). A
// sales rep sees only their own goal, never a colleague's nor their team's (a team goal would show
// the colleagues' figures added up).

export function maySetGoals(session: AppSession): boolean {
  return session.role === "MANAGER" && !session.apiKeyId;
}

/** The goals this user may read, as a Prisma where; null for someone who may read none. */
export function goalReadWhere(session: AppSession | null): Prisma.GoalWhereInput | null {
  if (!isStaff(session)) return null;
  if (session.role === "MANAGER") return {};
  return { userId: session.userId };
}
