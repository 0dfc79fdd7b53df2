import "server-only";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { Prisma } from "@/generated/prisma/client";
import { leadSqlBranches } from "@/server/access/lead";
import { openStageSql } from "./open-stage-sql";

export type LeadSummary = { open: number; breached: number; dueWithinHour: number };

export async function getLeadSummary(session: AppSession, now = new Date()): Promise<LeadSummary> {
  const open = openStageSql("l");
  // One pass over the user's open leads for all three numbers, not three counts. A rep's lead rule
  // (own; unassigned of their team) is two range scans on Lead(ownerId, stage, slaDueAt, …), one per
  // branch, joined by UNION ALL (the branches never overlap): written as an OR it scans every open
  // lead (PGlite, 100k customers: 45 ms → see BENCHMARKS.md).
  const branches = leadSqlBranches(session, "l");
  if (!branches.length) return { open: 0, breached: 0, dueWithinHour: 0 }; // customers never see leads
  const scoped = Prisma.join(
    branches.map((rule) => Prisma.sql`SELECT l."slaDueAt" FROM "Lead" l WHERE ${rule} AND ${open}`),
    " UNION ALL ",
  );
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
