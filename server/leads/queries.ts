import "server-only";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import type { Prisma } from "@/generated/prisma/client";

const OPEN_STAGES = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] as const;

/** Sales reps work their own leads and the unassigned ones; managers see all. */
export function leadScope(session: AppSession): Prisma.LeadWhereInput {
  if (session.role === "MANAGER") return {};
  if (session.role === "SALES") return { OR: [{ ownerId: session.userId }, { ownerId: null }] };
  return { id: { in: [] } }; // customers never see leads
}

export type LeadSummary = { open: number; breached: number; dueWithinHour: number };

export async function getLeadSummary(session: AppSession, now = new Date()): Promise<LeadSummary> {
  const db = await getDb();
  const base: Prisma.LeadWhereInput = { AND: [leadScope(session), { stage: { in: [...OPEN_STAGES] } }] };
  const inAnHour = new Date(now.getTime() + 60 * 60 * 1000);
  const [open, breached, dueWithinHour] = await Promise.all([
    db.lead.count({ where: base }),
    db.lead.count({ where: { AND: [base, { slaDueAt: { lt: now } }] } }),
    db.lead.count({ where: { AND: [base, { slaDueAt: { gte: now, lt: inAnHour } }] } }),
  ]);
  return { open, breached, dueWithinHour };
}
