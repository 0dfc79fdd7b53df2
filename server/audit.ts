import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// The audit trail is append-only (see AuditLog in schema.prisma). It is written
// with the transaction client of the change it describes, so a change and its
// audit row are committed together or not at all.

export type AuditEntry = {
  /** The staff member who made the change; null for the system (API ingest, round-robin). */
  actorId: string | null;
  action:
    | "lead.created"
    | "lead.assigned"
    | "lead.stage_changed"
    | "lead.claimed"
    | "lead.reassigned"
    | "setting.changed"
    | "apiKey.created"
    | "apiKey.revoked"
    | "consent.changed"
    | "customer.exported"
    | "customer.erased"
    | "order.milestone_changed"
    | "order.delivery_moved"
    | "milestoneContent.created"
    | "milestoneContent.updated"
    | "milestoneContent.deleted"
    | "customers.exported"
    | "customers.imported"
    | "user.disabled"
    | "user.enabled"
    | "user.role_changed"
    | "user.created"
    | "user.password_set"
    | "user.push_enabled"
    | "user.push_disabled"
    | "user.marked_away"
    | "user.marked_present"
    | "apiKey.team_changed"
    | "campaign.team_changed"
    | "team.categories_changed"
    | "job.retried"
    | "messageTemplate.created"
    | "messageTemplate.updated"
    | "messageTemplate.archived";
  /** CustomerExport / CustomerImport: one row per list export or import, its id made for the audit row. */
  entityType:
    | "Lead"
    | "AppSetting"
    | "ApiKey"
    | "Customer"
    | "Order"
    | "MilestoneContent"
    | "CustomerExport"
    | "CustomerImport"
    | "User"
    | "Campaign"
    | "Team"
    | "Job"
    | "MessageTemplate";
  entityId: string;
  /** What changed, e.g. { from: "NEW", to: "LOST", lostReason: "…" }. Ids, not names: names change. */
  data: Prisma.InputJsonObject;
};

export type AuditAction = AuditEntry["action"];

/** The one way the app writes the audit log; nothing updates or deletes its rows. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry, select: { id: true } });
}
