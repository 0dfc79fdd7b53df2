import "server-only";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { Prisma } from "@/generated/prisma/client";

/** Sales reps work their own leads and the unassigned ones; managers see all. */
export function leadScope(session: AppSession): Prisma.LeadWhereInput {
  if (session.role === "MANAGER") return {};
  if (session.role === "SALES") return { OR: [{ ownerId: session.userId }, { ownerId: null }] };
  return { id: { in: [] } }; // customers never see leads
}

export type LeadSummary = { open: number; breached: number; dueWithinHour: number };

export async function getLeadSummary(session: AppSession, now = new Date()): Promise<LeadSummary> {
  const open = Prisma.sql`l.stage IN ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL')`;
  // One pass over the user's open leads for all three numbers, not three counts. A rep's scope
  // (own OR unassigned) is two range scans on Lead(ownerId, stage, slaDueAt, …): written as an OR
  // it scans every open lead (PGlite, 100k customers: 45 ms → see BENCHMARKS.md).
  const scoped =
    session.role === "MANAGER" ? Prisma.sql`SELECT l."slaDueAt" FROM "Lead" l WHERE ${open}`
    : session.role === "SALES" ? Prisma.sql`
        SELECT l."slaDueAt" FROM "Lead" l WHERE l."ownerId" = ${session.userId}::uuid AND ${open}
        UNION ALL SELECT l."slaDueAt" FROM "Lead" l WHERE l."ownerId" IS NULL AND ${open}`
    : null; // customers never see leads
  if (!scoped) return { open: 0, breached: 0, dueWithinHour: 0 };
  const at = (d: Date) => Prisma.sql`${d.toISOString()}::timestamptz`;
  const inAnHour = new Date(now.getTime() + 60 * 60 * 1000);
  const db = await getDb();
  const [row] = await db.$queryRaw<LeadSummary[]>`
    SELECT count(*)::int AS open,
           count(*) FILTER (WHERE s."slaDueAt" < ${at(now)})::int AS breached,
           count(*) FILTER (WHERE s."slaDueAt" >= ${at(now)} AND s."slaDueAt" < ${at(inAnHour)})::int AS "dueWithinHour"
      FROM (${scoped}) s`;
  return row;
}
