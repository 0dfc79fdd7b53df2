import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";

// Small SQL pieces the rules share.

export const NOTHING_SQL = Prisma.sql`FALSE`;
export const uuidSql = (id: string) => Prisma.sql`${id}::uuid`;
/** A UUID that matches no row, for "may see nothing" in a Prisma where. */
export const NO_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Whose own leads and customers a rule gives: the user's. An API key owns nothing: it reaches what
 * its team (or, without a team, the business) reaches, never what the manager who made it owns.
 */
export const ownUserId = (session: AppSession): string => (session.apiKeyId ? NO_ID : session.userId);

/** Ids from a URL or a form are checked before they reach a query: anything else is "not found". */
export { isId } from "@/lib/validation/id";
