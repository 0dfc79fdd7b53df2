import "server-only";
import { Prisma } from "@/generated/prisma/client";

// Literals, as in open-stage-sql.ts: the planner uses the partial index Lead_closed_idx only when
// it can prove the query's condition implies the index's, and bound parameters prove nothing.

/** The lead (table alias `alias`) is closed: won or lost. */
export const closedStageSql = (alias = "l") => Prisma.sql`${Prisma.raw(alias)}.stage IN ('WON', 'LOST')`;
