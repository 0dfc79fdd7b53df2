import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/server/db";
import type { RoleName } from "@/lib/roles";
import { authOptions } from "./options";

export type AppSession = {
  userId: string;
  role: RoleName;
  email: string;
  name: string;
  locale: "nb" | "da" | "en";
  timeZone: string;
  teamId: string | null;
  /** Set for customers: the only customer record they may see. */
  customerId: string | null;
  /**
   * Set when an API key acts (server/rest/principal.ts): the key is a principal of its team, and
   * userId is the manager who made it, whom its writes are recorded as. A key owns nothing itself.
   */
  apiKeyId?: string;
};

/**
 * The signed-in user, re-checked against the database on every request: a
 * disabled user or a bumped token version ends the session at once.
 */
export const getSession = cache(async (): Promise<AppSession | null> => {
  const raw = await getServerSession(authOptions);
  const id = raw?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      timeZone: true,
      teamId: true,
      customerId: true,
      active: true,
      tokenVersion: true,
    },
  });
  if (!user || !user.active || user.tokenVersion !== raw.user.tv) return null;
  if (user.role === "CUSTOMER" && !user.customerId) return null;
  // A customer's language is kept on the customer record, which staff see and edit. Asked only for
  // a customer: as a relation in the select above, Prisma asked for it on every staff request too.
  const customer =
    user.role === "CUSTOMER" && user.customerId
      ? await db.customer.findUnique({ where: { id: user.customerId }, select: { locale: true } })
      : null;
  return {
    userId: user.id,
    role: user.role,
    email: user.email,
    name: user.name,
    locale: customer?.locale ?? user.locale,
    timeZone: user.timeZone,
    teamId: user.teamId,
    customerId: user.customerId,
  };
});

/** Pages and actions: anonymous visitors go to the login page. */
export async function requireSession(): Promise<AppSession> {
  const session = await getSession();
  if (!session) redirect("/login");
  return session;
}

/** Staff-only reads and writes. A customer gets a 404, never staff data. */
export async function requireStaff(): Promise<AppSession> {
  const session = await requireSession();
  if (session.role === "CUSTOMER") notFound();
  return session;
}

export async function requireRole(...roles: RoleName[]): Promise<AppSession> {
  const session = await requireSession();
  if (!roles.includes(session.role)) notFound();
  return session;
}

export async function requireCustomer(): Promise<AppSession & { customerId: string }> {
  const session = await requireSession();
  if (session.role !== "CUSTOMER" || !session.customerId) notFound();
  return session as AppSession & { customerId: string };
}
