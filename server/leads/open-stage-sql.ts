import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { OPEN_STAGES } from "@/lib/lead-stages";

// Literals, not bound parameters: PostgreSQL picks a partial index (Lead_open_*) only when it can
// prove the query's condition implies the index's, and a generic plan's parameters prove nothing.
const OPEN_STAGE_LIST = Prisma.raw(OPEN_STAGES.map((stage) => `'${stage}'`).join(", "));

/** The lead (table alias `alias`) is open: the stage list of lib/lead-stages.ts, in SQL. */
export const openStageSql = (alias = "l") => Prisma.sql`${Prisma.raw(alias)}.stage IN (${OPEN_STAGE_LIST})`;
