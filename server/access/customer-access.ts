import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { customerWhere, mayManageCustomerData } from "./customer";
import { isId } from "./sql";

// The staff side's proof of access to one customer. Out of scope reads exactly like "does not
// exist". Customer logins never reach the staff side of a customer, even their own.

declare const granted: unique symbol;

/**
 * Proof that this session passed the customer rule for this customer. Only this module makes
 * one, so the customer page's other reads (journey, orders, loyalty, consents) take it instead of
 * repeating the rule in every query.
 */
export type CustomerAccess = { readonly customerId: string; readonly session: AppSession; readonly [granted]: true };

/** "read": any staff member the customer rule lets in; "manage": managers (GDPR export, erasure). */
export type CustomerNeed = "read" | "manage";

export function staffMay(session: AppSession, need: CustomerNeed): boolean {
  return need === "manage" ? mayManageCustomerData(session) : session.role === "SALES" || session.role === "MANAGER";
}

/** Checked inside the caller's transaction when it is one, so a write rests on the check it made. */
export async function authorizeCustomer(
  db: Prisma.TransactionClient,
  session: AppSession,
  customerId: string,
  need: CustomerNeed = "read",
): Promise<CustomerAccess | null> {
  if (!staffMay(session, need) || !isId(customerId)) return null;
  const found = await db.customer.findFirst({
    where: { AND: [{ id: customerId }, customerWhere(session)] },
    select: { id: true },
  });
  return found ? grant(session, found.id) : null;
}

/** For a read that applied customerWhere itself (the customer page's header). */
export function grant(session: AppSession, customerId: string): CustomerAccess {
  return { customerId, session } as CustomerAccess;
}
