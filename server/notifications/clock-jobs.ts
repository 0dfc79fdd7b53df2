import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { OPEN_STAGES } from "@/lib/lead-stages";
import { escalationAt, warningAt } from "@/lib/notifications/warning";
import { defineJob } from "@/server/jobs/define";
import { enqueue, type JobDb } from "@/server/jobs/enqueue";
import { recordAudit } from "@/server/audit";
import { nextAvailableRep } from "@/server/routing/round-robin";
import { escalationFor, readAlertSettings } from "./alert-settings";
import { tellReassigned } from "./assignment-notices";
import { notify } from "./notify";
import { leadRecipients, leadTeam, teamManagers, type LeadForRecipients } from "./recipients";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// The response clock, told to people. When a lead's clock starts (or moves), three moments are
// planned for its due time: a warning shortly before it (lib/notifications/warning.ts), the
// breach at it, and — planned by the breach, with the minutes in force then — the escalation to
// the team's managers. Each job carries the due time it was planned for: when it runs, it checks
// the lead is still open, still waiting and still due then, so an answered lead, or a clock that
// stopped and started again, stays quiet. Keys make each moment happen once per due time.

const payload = z.object({ leadId: z.string().uuid(), dueAt: z.iso.datetime(), promiseMinutes: z.number().min(0) });
type ClockPayload = z.output<typeof payload>;

export async function scheduleClockJobs(
  tx: Prisma.TransactionClient,
  lead: { id: string; slaDueAt: Date | null },
  promiseMinutes: number,
): Promise<void> {
  if (!lead.slaDueAt) return;
  const { warnBeforeMinutes } = await readAlertSettings(tx);
  const dueAt = lead.slaDueAt.toISOString();
  const key = `${lead.id}:${dueAt}`;
  const body = { payload: { leadId: lead.id, dueAt, promiseMinutes }, key };
  await enqueue(tx, slaWarningJob, { ...body, runAt: warningAt(lead.slaDueAt, promiseMinutes, warnBeforeMinutes) });
  await enqueue(tx, slaBreachJob, { ...body, runAt: lead.slaDueAt });
}

type ClockLead = LeadForRecipients & { id: string; version: number };

/** The lead when its clock still runs to the planned due time; otherwise null (nothing to tell). */
async function stillWaiting(tx: Prisma.TransactionClient, p: ClockPayload): Promise<ClockLead | null> {
  const lead = await tx.lead.findFirst({
    where: { id: p.leadId, stage: { in: [...OPEN_STAGES] }, waitingSince: { not: null }, slaDueAt: new Date(p.dueAt) },
    select: { id: true, ownerId: true, teamId: true, version: true, customer: { select: { teamId: true } } },
  });
  return lead;
}

async function warn(db: PrismaClient, p: ClockPayload, now: Date): Promise<void> {
  const dueMs = new Date(p.dueAt).getTime();
  if (now.getTime() >= dueMs) return; // late: the breach says it better
  await db.$transaction(async (tx) => {
    const lead = await stillWaiting(tx, p);
    if (!lead) return;
    await notify(tx, {
      userIds: await leadRecipients(tx, lead, now),
      kind: "SLA_WARNING",
      leadId: lead.id,
      key: `sla-warning:${lead.id}:${p.dueAt}`,
      data: { minutes: Math.ceil((dueMs - now.getTime()) / 60_000) },
      now,
    });
  });
}

async function breach(db: PrismaClient, p: ClockPayload, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const lead = await stillWaiting(tx, p);
    if (!lead) return;
    await notify(tx, {
      userIds: await leadRecipients(tx, lead, now),
      kind: "SLA_BREACHED",
      leadId: lead.id,
      key: `sla-breach:${lead.id}:${p.dueAt}`,
      now,
    });
    const { afterMinutes } = escalationFor(await readAlertSettings(tx), leadTeam(lead));
    await enqueue(tx as JobDb, slaEscalateJob, {
      payload: p,
      key: `${lead.id}:${p.dueAt}`,
      runAt: escalationAt(new Date(p.dueAt), afterMinutes),
    });
  });
}

async function escalate(db: PrismaClient, p: ClockPayload, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const lead = await stillWaiting(tx, p);
    if (!lead) return;
    const minutes = Math.max(0, Math.floor((now.getTime() - new Date(p.dueAt).getTime()) / 60_000));
    const teamId = leadTeam(lead);
    await notify(tx, {
      userIds: await teamManagers(tx, teamId),
      kind: "SLA_ESCALATED",
      leadId: lead.id,
      key: `sla-escalated:${lead.id}:${p.dueAt}`,
      data: { minutes, ...(lead.ownerId ? { ownerId: lead.ownerId } : {}) },
      now,
    });
    if (teamId && escalationFor(await readAlertSettings(tx), teamId).reassign) await passOn(tx, lead, teamId, now);
  });
}

/**
 * Escalation with reassignment on: the lead goes to the next present rep of its team (not its
 * owner), audited as the system's move and told to both. Nobody else present: it stays, and the
 * managers already know.
 */
async function passOn(tx: Prisma.TransactionClient, lead: ClockLead, teamId: string, now: Date): Promise<void> {
  const rep = await nextAvailableRep(tx, teamId, now, { excludeUserId: lead.ownerId ?? undefined });
  if (!rep) return;
  const moved = await tx.lead.updateMany({
    where: { id: lead.id, version: lead.version },
    data: { ownerId: rep.id, version: { increment: 1 } },
  });
  if (moved.count === 0) return; // someone acted on it a moment ago: their change stands
  await recordAudit(tx, {
    actorId: null,
    action: "lead.reassigned",
    entityType: "Lead",
    entityId: lead.id,
    data: { from: lead.ownerId, to: rep.id, via: "escalation" },
  });
  await emitWebhookEvent(tx, {
    type: "lead.assigned",
    data: { leadId: lead.id, from: lead.ownerId, to: rep.id, via: "escalation" },
    occurredAt: now,
  });
  await tellReassigned(tx, { leadId: lead.id, from: lead.ownerId, to: rep.id, byUserId: null, via: "escalation" }, now);
}

export const slaWarningJob = defineJob({
  kind: "sla.warning",
  payload,
  run: (p, { prisma, now }) => warn(prisma, p, now),
});

export const slaBreachJob = defineJob({
  kind: "sla.breach",
  payload,
  run: (p, { prisma, now }) => breach(prisma, p, now),
});

export const slaEscalateJob = defineJob({
  kind: "sla.escalate",
  payload,
  run: (p, { prisma, now }) => escalate(prisma, p, now),
});
