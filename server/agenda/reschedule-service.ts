import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { OPEN_STAGES } from "@/lib/lead-stages";
import type { AppSession } from "@/server/auth/session";
import { leadWhere } from "@/server/access/lead";
import { scheduleFollowUpDue } from "@/server/notifications/follow-up-jobs";

// Moving the next follow-up without logging a contact ("not today, tomorrow morning"). The lead
// rule decides who may (the same as logging a follow-up); the version guards a rep who moves a
// follow-up that someone else just logged or moved. The due reminder for the new time is queued in
// the same transaction; the old one finds the lead no longer due then and stays quiet.

export type RescheduleResult =
  { ok: true; leadVersion: number; nextFollowUpAt: Date } | { ok: false; reason: "not_found" | "conflict" };

export async function rescheduleFollowUp(
  db: PrismaClient,
  session: AppSession,
  input: { leadId: string; version: number; at: Date },
): Promise<RescheduleResult> {
  if (session.role !== "SALES" && session.role !== "MANAGER") return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx) => {
    const lead = await tx.lead.findFirst({
      where: { AND: [{ id: input.leadId, stage: { in: [...OPEN_STAGES] } }, leadWhere(session)] },
      select: { id: true },
    });
    if (!lead) return { ok: false, reason: "not_found" };
    const updated = await tx.lead.updateMany({
      where: { id: lead.id, version: input.version },
      data: { version: { increment: 1 }, nextFollowUpAt: input.at },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict" };
    await scheduleFollowUpDue(tx, lead.id, input.at);
    return { ok: true, leadVersion: input.version + 1, nextFollowUpAt: input.at };
  });
}
