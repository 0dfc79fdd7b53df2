import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { availableRepWhere } from "@/server/routing/round-robin";

// Who is told about a lead. Its owner, while active; a lead nobody owns is told to the reps who
// may claim it under the lead rule (server/access/lead.ts) and are not away: the present reps of
// the lead's team (its own, else its customer's), or every present rep when no team holds it.
// Escalations go to the managers of that team, or to every active manager when the team has none
// or there is no team.

const MAX_RECIPIENTS = 50;

export type LeadForRecipients = { ownerId: string | null; teamId: string | null; customer: { teamId: string | null } };

/** The team a lead belongs to: the one its signal was routed to, else its customer's. */
export const leadTeam = (lead: LeadForRecipients) => lead.teamId ?? lead.customer.teamId;

export async function leadRecipients(
  tx: Prisma.TransactionClient,
  lead: LeadForRecipients,
  now: Date,
): Promise<string[]> {
  if (lead.ownerId) {
    const owner = await tx.user.findFirst({ where: { id: lead.ownerId, active: true }, select: { id: true } });
    if (owner) return [owner.id];
  }
  const teamId = leadTeam(lead);
  const reps = await tx.user.findMany({
    where: { ...availableRepWhere(now), ...(teamId ? { teamId } : {}) },
    orderBy: { id: "asc" },
    take: MAX_RECIPIENTS,
    select: { id: true },
  });
  return reps.map((r) => r.id);
}

export async function teamManagers(tx: Prisma.TransactionClient, teamId: string | null): Promise<string[]> {
  const of = (where: Prisma.UserWhereInput) =>
    tx.user.findMany({
      where: { role: "MANAGER", active: true, ...where },
      orderBy: { id: "asc" },
      take: MAX_RECIPIENTS,
      select: { id: true },
    });
  const own = teamId ? await of({ teamId }) : [];
  return (own.length > 0 ? own : await of({})).map((u) => u.id);
}
