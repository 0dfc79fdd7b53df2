import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { isStaff } from "./staff";

// WHO MAY SEE AND CHANGE A PUSH SUBSCRIPTION: its owner, and nobody else, a manager neither. A
// subscription decides which device lights up with customers' names; only the person holding the
// device turns that on or off. Customers have no push (yet): they match nothing.

export function pushSubscriptionWhere(session: AppSession): Prisma.PushSubscriptionWhereInput {
  return isStaff(session) ? { userId: session.userId } : { id: { in: [] } };
}
