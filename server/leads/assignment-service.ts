import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ClaimLeadInput, ReassignLeadInput } from "@/lib/validation/lead-assignment";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";
import { leadWhere, mayClaimLeads, mayReassignLeads } from "@/server/access/lead";
import { tellReassigned } from "@/server/notifications/assignment-notices";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// Who owns a lead. Sales reps claim the unassigned leads the lead rule lets them read (their
// team's, server/access/lead.ts); only managers move a lead
// from one rep to another. Both are version-checked like every lead write;
// neither touches lastActivityAt, which tracks contact with the customer.

export type AssignmentResult =
  { ok: true; leadVersion: number } | { ok: false; reason: "not_found" | "conflict" | "taken" | "owner_invalid" };

export async function claimLead(
  db: PrismaClient,
  session: AppSession,
  input: ClaimLeadInput,
): Promise<AssignmentResult> {
  if (!mayClaimLeads(session)) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx) => {
    const lead = await tx.lead.findFirst({
      where: { AND: [{ id: input.leadId }, leadWhere(session)] },
      select: { id: true, ownerId: true },
    });
    if (!lead) return { ok: false, reason: "not_found" };
    if (lead.ownerId === session.userId) return { ok: true, leadVersion: input.version };
    const updated = await tx.lead.updateMany({
      where: { id: lead.id, version: input.version, ownerId: null },
      data: { ownerId: session.userId, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await tx.lead.findUnique({ where: { id: lead.id }, select: { ownerId: true } });
      return { ok: false, reason: current?.ownerId && current.ownerId !== session.userId ? "taken" : "conflict" };
    }
    await recordAudit(tx, {
      actorId: session.userId,
      action: "lead.claimed",
      entityType: "Lead",
      entityId: lead.id,
      data: { from: null, to: session.userId },
    });
    await emitWebhookEvent(tx, {
      type: "lead.assigned",
      data: { leadId: lead.id, from: null, to: session.userId, via: "claim" },
      occurredAt: new Date(),
    });
    return { ok: true, leadVersion: input.version + 1 };
  });
}

export async function reassignLead(
  db: PrismaClient,
  session: AppSession,
  input: ReassignLeadInput,
  now = new Date(),
): Promise<AssignmentResult> {
  if (!mayReassignLeads(session)) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx) => {
    const lead = await tx.lead.findFirst({
      where: { AND: [{ id: input.leadId }, leadWhere(session)] },
      select: { id: true, ownerId: true },
    });
    if (!lead) return { ok: false, reason: "not_found" };
    // Leads go to people who work them: active sales reps, never a customer or a disabled login.
    const owner = await tx.user.findFirst({
      where: { id: input.ownerId, role: "SALES", active: true },
      select: { id: true },
    });
    if (!owner) return { ok: false, reason: "owner_invalid" };
    if (lead.ownerId === owner.id) return { ok: true, leadVersion: input.version };
    const updated = await tx.lead.updateMany({
      where: { id: lead.id, version: input.version },
      data: { ownerId: owner.id, version: { increment: 1 } },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict" };
    await recordAudit(tx, {
      actorId: session.userId,
      action: "lead.reassigned",
      entityType: "Lead",
      entityId: lead.id,
      data: { from: lead.ownerId, to: owner.id },
    });
    await emitWebhookEvent(tx, {
      type: "lead.assigned",
      data: { leadId: lead.id, from: lead.ownerId, to: owner.id, via: "manager" },
      occurredAt: now,
    });
    await tellReassigned(tx, { leadId: lead.id, from: lead.ownerId, to: owner.id, byUserId: session.userId }, now);
    return { ok: true, leadVersion: input.version + 1 };
  });
}
