import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { LeadStage } from "@/generated/prisma/enums";
import type { AppSession } from "@/server/auth/session";
import { leadWhere } from "@/server/access/lead";
import { isStaff } from "@/server/access/staff";
import { recordAudit } from "@/server/audit";

// Moving a lead to another stage without logging a contact: another system says what happened (a
// DMS signed the contract: WON). The closing rules are the follow-up's (follow-up-service.ts): a
// closed lead keeps nobody waiting and has no next follow-up, LOST needs its reason, and reopening
// clears closedAt. No contact happened, so the response clock and first response are left alone
// unless the lead closes. Checked against the lead rule inside the transaction, version-guarded.

export type MoveStageInput = { leadId: string; stage: LeadStage; lostReason: string | null; version?: number };
export type MoveStageResult =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: "not_found" | "conflict" | "lost_reason_required" };

const CLOSED = new Set<LeadStage>(["WON", "LOST"]);

export async function moveLeadStage(
  db: PrismaClient,
  session: AppSession,
  input: MoveStageInput,
  now: Date,
): Promise<MoveStageResult> {
  if (!isStaff(session)) return { ok: false, reason: "not_found" };
  if (input.stage === "LOST" && !input.lostReason) return { ok: false, reason: "lost_reason_required" };
  return db.$transaction(async (tx): Promise<MoveStageResult> => {
    const lead = await tx.lead.findFirst({
      where: { AND: [{ id: input.leadId }, leadWhere(session)] },
      select: { id: true, stage: true, version: true },
    });
    if (!lead) return { ok: false, reason: "not_found" };
    const version = input.version ?? lead.version;
    if (version !== lead.version) return { ok: false, reason: "conflict" };
    if (lead.stage === input.stage) return { ok: true, version, changed: false };
    const closed = CLOSED.has(input.stage);
    const updated = await tx.lead.updateMany({
      where: { id: lead.id, version },
      data: {
        stage: input.stage,
        stageChangedAt: now,
        closedAt: closed ? now : null,
        lostReason: input.stage === "LOST" ? input.lostReason : null,
        ...(closed ? { waitingSince: null, slaDueAt: null, nextFollowUpAt: null } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict" };
    await recordAudit(tx, {
      actorId: session.userId,
      action: "lead.stage_changed",
      entityType: "Lead",
      entityId: lead.id,
      data: {
        from: lead.stage,
        to: input.stage,
        ...(input.stage === "LOST" ? { lostReason: input.lostReason } : {}),
        ...(session.apiKeyId ? { via: "api", apiKeyId: session.apiKeyId } : {}),
      },
    });
    return { ok: true, version: version + 1, changed: true };
  });
}
