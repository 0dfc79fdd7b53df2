import "server-only";
import type { AppSession } from "@/server/auth/session";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Who may see which customers (Prisma form of customerScopeSql in ./list-filter-sql.ts; the list
 * tests check both agree): managers everyone; a sales rep the customers of their team, or without a
 * team the ones they own; customers only themselves. Erased customers are left out of lists.
 */
export function customerScope(session: AppSession): Prisma.CustomerWhereInput {
  if (session.role === "MANAGER") return { erasedAt: null };
  if (session.role === "SALES") return session.teamId ? { erasedAt: null, teamId: session.teamId } : { erasedAt: null, ownerId: session.userId };
  return { id: session.customerId ?? "00000000-0000-0000-0000-000000000000", erasedAt: null };
}
