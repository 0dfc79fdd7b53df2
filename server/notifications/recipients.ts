import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// Who is told about a lead. Its owner, while active; a lead nobody owns is told to the reps who
// may claim it under the lead rule (server/access/lead.ts): the active reps of the customer's
// team, or every active rep for a customer no team holds. Escalations go to the managers of the
// customer's team, or to every active manager when the team has none or there is no team.

const MAX_RECIPIENTS = 50;

type LeadForRecipients = { ownerId: string | null; customer: { teamId: string | null } };

export async function leadRecipients(tx: Prisma.TransactionClient, lead: LeadForRecipients): Promise<string[]> {
  if (lead.ownerId) {
    const owner = await tx.user.findFirst({ where: { id: lead.ownerId, active: true }, select: { id: true } });
    if (owner) return [owner.id];
  }
  const teamId = lead.customer.teamId;
  const reps = await tx.user.findMany({
    where: { role: "SALES", active: true, ...(teamId ? { teamId } : {}) },
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
