import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { leadWhere } from "@/server/access/lead";

// WHO MAY OPEN A CUSTOMER'S PAGE — the one place this rule lives (tested in record-scope.test.ts).
// Managers open every customer. A sales rep opens a customer when
//   - the customer belongs to the rep's team (the business they sell for), or
//   - they own the customer, or
//   - the customer has a lead the rep may open under the lead rule (server/access/lead.ts:
//     their own leads and their team's unassigned ones they may claim),
// so every customer the list shows them (customerScope in ./queries.ts: their team's, or without a
// team their own) opens, and so does the customer behind every lead page they can read.
// Unlike the list, erased customers still open (as "Erased customer"): old links keep working.
// Customers never see this side of the CRM. Out of scope reads exactly like "does not exist".

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function customerRecordScope(session: AppSession): Prisma.CustomerWhereInput {
  if (session.role === "MANAGER") return {};
  if (session.role !== "SALES") return { id: { in: [] } };
  return {
    OR: [
      { ownerId: session.userId },
      ...(session.teamId ? [{ teamId: session.teamId }] : []),
      { leads: { some: leadWhere(session) } },
    ],
  };
}

export function isCustomerId(value: string): boolean {
  return GUID.test(value);
}

declare const granted: unique symbol;

/**
 * Proof that this session passed the scope check for this customer. Only
 * authorizeCustomer makes one, so the page's other reads (journey, orders,
 * loyalty, consents) take it instead of repeating the scope join in every query.
 */
export type CustomerAccess = { readonly customerId: string; readonly session: AppSession; readonly [granted]: true };

export async function authorizeCustomer(db: Prisma.TransactionClient, session: AppSession, customerId: string): Promise<CustomerAccess | null> {
  if (session.role === "CUSTOMER" || !isCustomerId(customerId)) return null;
  const found = await db.customer.findFirst({ where: { AND: [{ id: customerId }, customerRecordScope(session)] }, select: { id: true } });
  return found ? grant(session, found.id) : null;
}

/** For reads that already applied customerRecordScope themselves. */
export function grant(session: AppSession, customerId: string): CustomerAccess {
  return { customerId, session } as CustomerAccess;
}
