import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// The audit trail is append-only (see AuditLog in schema.prisma). It is written
// with the transaction client of the change it describes, so a change and its
// audit row are committed together or not at all. Erasing a customer is the one
// change to written rows: their free text goes, the entries stay (redactAuditText).

export type AuditEntry = {
  /** The staff member who made the change; null for the system (API ingest, round-robin). */
  actorId: string | null;
  action:
    | "lead.created"
    | "lead.assigned"
    | "lead.stage_changed"
    | "lead.claimed"
    | "lead.reassigned"
    | "lead.reopened"
    | "setting.changed"
    | "apiKey.created"
    | "apiKey.revoked"
    | "consent.changed"
    | "customer.created"
    | "customer.updated"
    | "customer.exported"
    | "customer.erased"
    | "order.milestone_changed"
    | "order.delivery_moved"
    | "milestoneContent.created"
    | "milestoneContent.updated"
    | "milestoneContent.deleted"
    | "customers.exported"
    | "customers.export_finished"
    | "customers.imported"
    | "customers.import_undone"
    | "customers.merged"
    | "user.disabled"
    | "user.enabled"
    | "user.role_changed"
    | "user.created"
    | "user.password_set"
    | "user.invitation_resent"
    | "user.push_enabled"
    | "user.push_disabled"
    | "user.marked_away"
    | "user.marked_present"
    | "user.calendar_feed_created"
    | "user.calendar_feed_revoked"
    | "apiKey.team_changed"
    | "campaign.team_changed"
    | "team.categories_changed"
    | "job.retried"
    | "messageTemplate.created"
    | "messageTemplate.updated"
    | "messageTemplate.archived"
    | "automation.created"
    | "automation.updated"
    | "automation.enabled"
    | "automation.disabled"
    | "segmentSend.started"
    | "segmentSend.paused"
    | "segmentSend.resumed"
    | "segmentSend.cancelled"
    | "webhook.created"
    | "webhook.enabled"
    | "webhook.disabled"
    | "webhook.deleted"
    | "webhook.secret_rotated"
    | "webForm.created"
    | "webForm.updated"
    | "webForm.activated"
    | "webForm.deactivated"
    | "lostReason.created"
    | "lostReason.updated"
    | "goal.set"
    | "goal.cleared"
    | "user.weekly_report_changed"
    | "segment.members_added"
    | "segment.members_removed"
    | "bulk.undone";
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
    | "MessageTemplate"
    | "AutomationRule"
    | "Segment"
    | "WebhookEndpoint"
    | "WebForm"
    | "LostReason"
    | "Goal"
    | "BulkOperation";
  entityId: string;
  /** What changed, e.g. { from: "NEW", to: "LOST", lostReason: "…" }. Ids, not names: names change. */
  data: Prisma.InputJsonObject;
};

export type AuditAction = AuditEntry["action"];

/** The one way the app writes the audit log; nothing updates or deletes its rows. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry, select: { id: true } });
}

/** The free-text fields audit entries may quote a customer in: what staff typed, not what happened. */
const FREE_TEXT_KEYS = ["lostReason", "reason"] as const;

/**
 * The one change the app makes to written audit rows, on erasure (server/customers/gdpr-erase.ts):
 * entries about the customer's leads and orders keep what happened, who did it and when, but the
 * words typed about the customer (a lost reason, why a delivery moved) are replaced. The erasure's
 * own entry counts the entries redacted. Returns that count.
 */
export async function redactAuditText(
  tx: Prisma.TransactionClient,
  entities: { leadIds: string[]; orderIds: string[] },
): Promise<number> {
  const keys = [...FREE_TEXT_KEYS];
  return tx.$executeRaw`
    UPDATE "AuditLog" a
       SET data = a.data::jsonb || (
             SELECT jsonb_object_agg(k, ${"[erased]"}::text) FROM unnest(${keys}::text[]) k WHERE a.data::jsonb ? k)
     WHERE ((a."entityType" = 'Lead' AND a."entityId" = ANY(${entities.leadIds}::text[]))
         OR (a."entityType" = 'Order' AND a."entityId" = ANY(${entities.orderIds}::text[])))
       AND a.data::jsonb ?| ${keys}::text[]`;
}
