import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";

// The seed's demo users (prisma/seed) as signed-in sessions, for tests that read as each of them:
// keyed by the part of the address before "@reise.test", in English on Oslo time.

export type DemoUser = "sales" | "sales2" | "manager" | "customer";

/** A user row as a signed-in session, in English on Oslo time. */
export function sessionOf(u: {
  id: string;
  role: AppSession["role"];
  email: string;
  name: string;
  teamId: string | null;
  customerId?: string | null;
}): AppSession {
  return {
    userId: u.id,
    role: u.role,
    email: u.email,
    name: u.name,
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: u.teamId,
    customerId: u.customerId ?? null,
  };
}

export async function demoSessions<K extends DemoUser>(
  prisma: PrismaClient,
  keys: readonly K[],
): Promise<Record<K, AppSession>> {
  const users = await prisma.user.findMany({ where: { email: { in: keys.map((key) => `${key}@reise.test`) } } });
  const sessions = {} as Record<K, AppSession>;
  for (const u of users) sessions[u.email.split("@")[0] as K] = sessionOf(u);
  return sessions;
}
