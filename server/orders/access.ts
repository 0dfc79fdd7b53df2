import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { leadWhere } from "@/server/access/lead";

// Who may see which order. A customer: their own orders only. Staff: the same
// rule as the lead list — a sales rep works the customers and leads that are
// theirs or nobody's; managers see all. An order outside the scope reads
// exactly like one that does not exist.

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function staffOrderScope(session: AppSession): Prisma.OrderWhereInput {
  if (session.role === "MANAGER") return {};
  if (session.role === "SALES") {
    return {
      OR: [
        { customer: { OR: [{ ownerId: session.userId }, { ownerId: null }] } },
        { lead: leadWhere(session) },
      ],
    };
  }
  return { id: { in: [] } };
}

export function customerOrderScope(session: AppSession): Prisma.OrderWhereInput {
  if (session.role !== "CUSTOMER" || !session.customerId) return { id: { in: [] } };
  return { customerId: session.customerId };
}
