import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { LeadStage } from "@/generated/prisma/enums";
import type { AppSession } from "@/server/auth/session";
import { leadWhere } from "@/server/access/lead";
import { isStaff } from "@/server/access/staff";
import { recordAudit } from "@/server/audit";
import { isActiveLostReason } from "@/server/lost-reasons/queries";
import { emitLeadStageEvents } from "@/server/webhooks/emit";

// Moving a lead to another stage without logging a contact: the pipeline board, or another system
// saying what happened (a DMS signed the contract: WON). The closing rules are the follow-up's
// (follow-up-service.ts): a closed lead keeps nobody waiting and has no next follow-up, LOST needs
// its reason — one from the managers' list (lostReasonId) and/or the rep's words (lostReason; the
// REST API's free text alone stays accepted) — and reopening clears closedAt and the reason. WON may
// carry the deal's value. No contact happened, so the response clock and first response are left
// alone unless the lead closes. Checked against the lead rule inside the transaction, version-guarded.

export type MoveStageInput = {
  leadId: string;
  stage: LeadStage;
  lostReason: string | null;
  /** A LostReason that is switched on; with or instead of the free text. */
  lostReasonId?: string | null;
  /** WON: the deal's value in minor units of the customer's currency; absent keeps the estimate. */
  valueMinor?: number | null;
  version?: number;
  /** Where the move came from, for the audit row and the webhook ("board"; a key's moves say "api"). */
  via?: "board";
};
export type MoveStageResult =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: "not_found" | "conflict" | "lost_reason_required" | "lost_reason_invalid" };

const CLOSED = new Set<LeadStage>(["WON", "LOST"]);

export async function moveLeadStage(
  db: PrismaClient,
  session: AppSession,
  input: MoveStageInput,
  now: Date,
): Promise<MoveStageResult> {
  if (!isStaff(session)) return { ok: false, reason: "not_found" };
  const lost = input.stage === "LOST";
  const reasonId = lost ? (input.lostReasonId ?? null) : null;
  if (lost && !input.lostReason && !reasonId) return { ok: false, reason: "lost_reason_required" };
  return db.$transaction(async (tx): Promise<MoveStageResult> => {
    const lead = await tx.lead.findFirst({
      where: { AND: [{ id: input.leadId }, leadWhere(session)] },
      select: { id: true, stage: true, version: true },
    });
    if (!lead) return { ok: false, reason: "not_found" };
    const version = input.version ?? lead.version;
    if (version !== lead.version) return { ok: false, reason: "conflict" };
    if (lead.stage === input.stage) return { ok: true, version, changed: false };
    if (reasonId && !(await isActiveLostReason(tx, reasonId))) return { ok: false, reason: "lost_reason_invalid" };
    const closed = CLOSED.has(input.stage);
    const value = input.stage === "WON" && input.valueMinor != null ? input.valueMinor : null;
    const updated = await tx.lead.updateMany({
      where: { id: lead.id, version },
      data: {
        stage: input.stage,
        stageChangedAt: now,
        closedAt: closed ? now : null,
        lostReason: lost ? input.lostReason : null,
        lostReasonId: reasonId,
        ...(value !== null ? { valueMinor: value } : {}),
        ...(closed ? { waitingSince: null, slaDueAt: null, nextFollowUpAt: null } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict" };
    const via = session.apiKeyId ? "api" : input.via;
    await recordAudit(tx, {
      actorId: session.userId,
      action: "lead.stage_changed",
      entityType: "Lead",
      entityId: lead.id,
      data: {
        from: lead.stage,
        to: input.stage,
        ...(lost && input.lostReason ? { lostReason: input.lostReason } : {}),
        ...(reasonId ? { lostReasonId: reasonId } : {}),
        ...(value !== null ? { valueMinor: value } : {}),
        ...(via ? { via } : {}),
        ...(session.apiKeyId ? { apiKeyId: session.apiKeyId } : {}),
      },
    });
    await emitLeadStageEvents(tx, { leadId: lead.id, from: lead.stage, to: input.stage, via, occurredAt: now });
    return { ok: true, version: version + 1, changed: true };
  });
}
