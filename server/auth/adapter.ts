import "server-only";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/server/db";

// next-auth needs an adapter only for the customers' magic links: it stores the
// one-time tokens and looks customers up by email. Sessions are JWTs, and no
// account is ever created by signing in (unknown emails are refused).

/** The active customer who may sign in with this address, or null: the one lookup links use. */
export function findSignInCustomer(db: PrismaClient, email: string) {
  return db.user.findFirst({
    where: { email: email.toLowerCase(), role: "CUSTOMER", active: true },
    select: { id: true, email: true, name: true },
  });
}

async function customerByEmail(email: string): Promise<AdapterUser | null> {
  const user = await findSignInCustomer(await getDb(), email);
  return user ? { ...user, emailVerified: new Date(0) } : null;
}

export const magicLinkAdapter: Adapter = {
  getUserByEmail: customerByEmail,
  async getUser(id) {
    const db = await getDb();
    const user = await db.user.findFirst({
      where: { id, role: "CUSTOMER", active: true },
      select: { id: true, email: true, name: true },
    });
    return user ? { ...user, emailVerified: new Date(0) } : null;
  },
  async updateUser(user) {
    const found = user.email ? await customerByEmail(user.email) : await magicLinkAdapter.getUser!(user.id);
    if (!found) throw new Error("Unknown customer");
    return found;
  },
  async createUser() {
    throw new Error("Accounts are not created by signing in");
  },
  async getUserByAccount() {
    return null;
  },
  async linkAccount() {
    return undefined;
  },
  async createVerificationToken(token) {
    if (!(await customerByEmail(token.identifier))) return token; // nothing to sign in to
    const db = await getDb();
    await db.verificationToken.create({ data: token });
    return token;
  },
  async useVerificationToken({ identifier, token }) {
    const db = await getDb();
    // deleteMany + the row read in one transaction: a link works exactly once.
    return db.$transaction(async (tx) => {
      const found = await tx.verificationToken.findUnique({ where: { token } });
      if (!found || found.identifier !== identifier) return null;
      await tx.verificationToken.delete({ where: { token } });
      return found;
    });
  },
};
