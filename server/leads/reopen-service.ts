import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { OPEN_STAGES, type OpenStage } from "@/lib/lead-stages";
import { REOPEN_DEFAULT_STAGE } from "@/lib/validation/closed-lead-options";
import type { ReopenLeadInput } from "@/lib/validation/reopen-lead";
import type { AppSession } from "@/server/auth/session";
import { leadWhere, mayReopenLeads } from "@/server/access/lead";
import { recordAudit } from "@/server/audit";
import { getDb } from "@/server/db";
import { emitLeadStageEvents } from "@/server/webhooks/emit";

// A manager reopens a lost lead: back to an open stage, version-checked, audited as lead.reopened
// (with the reason it was lost for, which the lead itself forgets). The same row changes as
// moveLeadStage (stage-service.ts) makes for an open stage; that function is not reused because it
// audits every move as lead.stage_changed, takes any stage from any stage, and is the REST API's
// contract. A reopened lead keeps nobody waiting and has no follow-up planned: the manager (or the
// owner, who sees it back in their list) plans the next step.

export type ReopenResult = { ok: true; version: number } | { ok: false; reason: "not_found" | "conflict" | "not_lost" };

export async function reopenLead(
  db: PrismaClient,
  session: AppSession,
  input: ReopenLeadInput,
  now: Date,
): Promise<ReopenResult> {
  if (!mayReopenLeads(session)) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx): Promise<ReopenResult> => {
    const lead = await tx.lead.findFirst({
      where: { AND: [{ id: input.leadId }, leadWhere(session)] },
      select: { id: true, stage: true, version: true, lostReason: true, lostReasonId: true, closedAt: true },
    });
    if (!lead) return { ok: false, reason: "not_found" };
    if (lead.version !== input.version) return { ok: false, reason: "conflict" };
    if (lead.stage !== "LOST") return { ok: false, reason: "not_lost" };
    const updated = await tx.lead.updateMany({
      where: { id: lead.id, version: input.version, stage: "LOST" },
      data: {
        stage: input.stage,
        stageChangedAt: now,
        closedAt: null,
        lostReason: null,
        lostReasonId: null,
        lastActivityAt: now,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict" };
    await recordAudit(tx, {
      actorId: session.userId,
      action: "lead.reopened",
      entityType: "Lead",
      entityId: lead.id,
      data: {
        from: "LOST",
        to: input.stage,
        lostReason: lead.lostReason,
        ...(lead.lostReasonId ? { lostReasonId: lead.lostReasonId } : {}),
        closedAt: lead.closedAt?.toISOString() ?? null,
      },
    });
    await emitLeadStageEvents(tx, { leadId: lead.id, from: "LOST", to: input.stage, via: "reopen", occurredAt: now });
    return { ok: true, version: input.version + 1 };
  });
}

/**
 * The open stage a lost lead was lost from, as the lead records it (Lead.lostFromStage, kept by the
 * database whenever a lead is lost); CONTACTED when it does not say. The reopen form offers it first.
 */
export async function stageLostFrom(session: AppSession, leadId: string): Promise<OpenStage> {
  const db = await getDb();
  const lead = await db.lead.findFirst({
    where: { AND: [{ id: leadId }, leadWhere(session)] },
    select: { lostFromStage: true },
  });
  return OPEN_STAGES.find((s) => s === lead?.lostFromStage) ?? REOPEN_DEFAULT_STAGE;
}
