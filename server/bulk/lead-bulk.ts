import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { BulkAssignLeadsInput, BulkLeadStageInput } from "@/lib/validation/bulk";
import { OPEN_STAGES } from "@/lib/lead-stages";
import type { AppSession } from "@/server/auth/session";
import { leadWhere, mayClaimLeads, mayReassignLeads } from "@/server/access/lead";
import { claimLead, reassignLead } from "@/server/leads/assignment-service";
import { moveLeadStage } from "@/server/leads/stage-service";
import { joinTransaction, newOutcome, saveOperation, skip, type BulkOutcome } from "./operation";

// Bulk changes on the lead list. Each row goes through the single-lead service (claim or reassign,
// move stage) inside one transaction, so the lead rule, the version check and the audit entry are
// the same as for one lead; a row the rule refuses, or changed since the list was read, is skipped
// and counted, never written. Who may assign to whom is the assignment service's rule: a manager
// to any active sales rep, a rep only to themselves (claiming unassigned leads of their team).

const isOpenStage = (stage: string) => (OPEN_STAGES as readonly string[]).includes(stage);

export type BulkLeadResult =
  | { ok: true; outcome: BulkOutcome; operationId: string | null; ownerName?: string }
  | { ok: false; reason: "owner_invalid" };

export async function bulkAssignLeads(
  db: PrismaClient,
  session: AppSession,
  input: BulkAssignLeadsInput,
  now: Date,
): Promise<BulkLeadResult> {
  const claiming = input.ownerId === session.userId && mayClaimLeads(session);
  if (!claiming && !mayReassignLeads(session)) return { ok: false, reason: "owner_invalid" };
  const owner = await db.user.findFirst({
    where: { id: input.ownerId, role: "SALES", active: true },
    select: { id: true, name: true },
  });
  if (!owner) return { ok: false, reason: "owner_invalid" };
  return db.$transaction(async (tx) => {
    const joined = joinTransaction(tx);
    const outcome = newOutcome();
    for (const row of input.leads) {
      const lead = await tx.lead.findFirst({
        where: { AND: [{ id: row.id }, leadWhere(session)] },
        select: { ownerId: true },
      });
      if (!lead) skip(outcome, "not_allowed");
      else if (lead.ownerId === owner.id) outcome.unchanged++;
      else {
        const result = claiming
          ? await claimLead(joined, session, { leadId: row.id, version: row.version })
          : await reassignLead(joined, session, { leadId: row.id, ownerId: owner.id, version: row.version }, now);
        if (result.ok)
          outcome.changed.push({ id: row.id, before: lead.ownerId, after: owner.id, version: result.leadVersion });
        else
          skip(
            outcome,
            result.reason === "conflict" ? "conflict" : result.reason === "taken" ? "taken" : "not_allowed",
          );
      }
    }
    const operationId = await saveOperation(tx, session.userId, "lead.assign", outcome, now);
    return { ok: true, outcome, operationId, ownerName: owner.name };
  });
}

export async function bulkMoveLeadStage(
  db: PrismaClient,
  session: AppSession,
  input: BulkLeadStageInput,
  now: Date,
): Promise<BulkLeadResult> {
  return db.$transaction(async (tx) => {
    const joined = joinTransaction(tx);
    const outcome = newOutcome();
    for (const row of input.leads) {
      const lead = await tx.lead.findFirst({
        where: { AND: [{ id: row.id }, leadWhere(session)] },
        select: { stage: true },
      });
      // A closed lead is reopened one at a time (and by a manager), never from a list of open leads.
      if (!lead || !isOpenStage(lead.stage)) {
        skip(outcome, "not_allowed");
        continue;
      }
      const result = await moveLeadStage(
        joined,
        session,
        { leadId: row.id, stage: input.stage, lostReason: null, version: row.version },
        now,
      );
      if (!result.ok) skip(outcome, result.reason === "conflict" ? "conflict" : "not_allowed");
      else if (!result.changed) outcome.unchanged++;
      else outcome.changed.push({ id: row.id, before: lead.stage, after: input.stage, version: result.version });
    }
    const operationId = await saveOperation(tx, session.userId, "lead.stage", outcome, now);
    return { ok: true, outcome, operationId };
  });
}
