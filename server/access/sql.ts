import "server-only";
import { Prisma } from "@/generated/prisma/client";

// Small SQL pieces the rules share.

export const NOTHING_SQL = Prisma.sql`FALSE`;
export const uuidSql = (id: string) => Prisma.sql`${id}::uuid`;
/** A UUID that matches no row, for "may see nothing" in a Prisma where. */
export const NO_ID = "00000000-0000-0000-0000-000000000000";

/** Ids from a URL or a form are checked before they reach a query: anything else is "not found". */
export { isId } from "@/lib/validation/id";
