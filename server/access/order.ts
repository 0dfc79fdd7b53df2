import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { customerSql, customerWhere } from "./customer";
import { NO_ID, uuidSql } from "./sql";

// WHO MAY SEE AND CHANGE AN ORDER: exactly the orders of the customers the reader may see
// (server/access/customer.ts). For staff that is their customers' orders — every order the customer
// page lists opens, and every write (milestone, date, answer) checks this inside its transaction.
// For a customer login, their own orders. Which pages a role may use (the staff order page, the
// portal) is the caller's check; which orders, this one. access-rules.test.ts checks the forms agree.

export function orderWhere(session: AppSession): Prisma.OrderWhereInput {
  if (session.role === "MANAGER") return {};
  // A customer's own record, as the column itself: the portal's list reads Order(customerId, placedAt).
  if (session.role === "CUSTOMER") return { customerId: session.customerId ?? NO_ID };
  return { customer: customerWhere(session) };
}

/** The rule as SQL over "Order" aliased `alias`. */
export function orderSql(session: AppSession, alias = "o"): Prisma.Sql {
  if (session.role === "MANAGER") return Prisma.sql`TRUE`;
  if (session.role === "CUSTOMER")
    return Prisma.sql`${Prisma.raw(alias)}."customerId" = ${uuidSql(session.customerId ?? NO_ID)}`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Customer" oc WHERE oc.id = ${Prisma.raw(alias)}."customerId" AND ${customerSql(session, "oc")})`;
}
