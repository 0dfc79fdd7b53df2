import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { notify } from "./notify";

// A lead that changes hands tells both people: the new owner that it is theirs now (and who gave
// it, or that an escalation did), the old owner that it went, and to whom. Keyed by the audit
// moment, so each move tells once.

export async function tellReassigned(
  tx: Prisma.TransactionClient,
  move: { leadId: string; from: string | null; to: string; byUserId: string | null; via?: "escalation" },
  now: Date,
): Promise<void> {
  const stamp = `${move.leadId}:${now.toISOString()}`;
  await notify(tx, {
    userIds: move.byUserId === move.to ? [] : [move.to],
    kind: "LEAD_ASSIGNED",
    leadId: move.leadId,
    key: `assigned:${stamp}`,
    data: { ...(move.byUserId ? { byUserId: move.byUserId } : {}), ...(move.via ? { via: move.via } : {}) },
    now,
  });
  if (move.from && move.from !== move.to) {
    await notify(tx, {
      userIds: [move.from],
      kind: "LEAD_REASSIGNED_AWAY",
      leadId: move.leadId,
      key: `reassigned-away:${stamp}`,
      data: { toUserId: move.to },
      now,
    });
  }
}
