import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// The audit trail is append-only (see AuditLog in schema.prisma). It is written
// with the transaction client of the change it describes, so a change and its
// audit row are committed together or not at all.

export type AuditAction = "lead.stage_changed" | "lead.claimed" | "lead.reassigned";

export type AuditEntry = {
  actorId: string;
  action: AuditAction;
  entityType: "Lead";
  entityId: string;
  /** What changed, e.g. { from: "NEW", to: "LOST", lostReason: "…" }. Ids, not names: names change. */
  data: Prisma.InputJsonObject;
};

export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry, select: { id: true } });
}
