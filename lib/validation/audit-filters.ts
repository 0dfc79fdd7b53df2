import { z } from "zod";
import type { AuditAction } from "@/server/audit";

// /settings/audit: filters and the keyset cursor live in the URL. Anything
// malformed falls back to "no filter" rather than an error page.

export const AUDIT_PAGE_SIZE = 50;

export const AUDIT_ENTITY_TYPES = [
  "Lead",
  "Customer",
  "Order",
  "AppSetting",
  "MilestoneContent",
  "ApiKey",
  "User",
  "CustomerExport",
  "CustomerImport",
  "Campaign",
  "Team",
  "Job",
  "MessageTemplate",
  "AutomationRule",
  "Segment",
  "WebhookEndpoint",
  "WebForm",
  "LostReason",
  "Goal",
  "BulkOperation",
] as const;

// The actions offered in the filter. Other actions can appear in the log
// (new features add them); they are shown with their code as the label.
export const AUDIT_ACTIONS = [
  "lead.created",
  "lead.assigned",
  "lead.claimed",
  "lead.reassigned",
  "lead.stage_changed",
  "lead.reopened",
  "consent.changed",
  "customer.created",
  "customer.updated",
  "customer.exported",
  "customer.erased",
  "customers.exported",
  "customers.export_finished",
  "customers.imported",
  "customers.import_undone",
  "customers.merged",
  "order.milestone_changed",
  "order.delivery_moved",
  "milestoneContent.created",
  "milestoneContent.updated",
  "milestoneContent.deleted",
  "setting.changed",
  "apiKey.created",
  "apiKey.revoked",
  "user.disabled",
  "user.enabled",
  "user.role_changed",
  "user.created",
  "user.password_set",
  "user.invitation_resent",
  "user.push_enabled",
  "user.push_disabled",
  "user.marked_away",
  "user.marked_present",
  "user.calendar_feed_created",
  "user.calendar_feed_revoked",
  "apiKey.team_changed",
  "campaign.team_changed",
  "team.categories_changed",
  "job.retried",
  "messageTemplate.created",
  "messageTemplate.updated",
  "messageTemplate.archived",
  "automation.created",
  "automation.updated",
  "automation.enabled",
  "automation.disabled",
  "segmentSend.started",
  "segmentSend.paused",
  "segmentSend.resumed",
  "segmentSend.cancelled",
  "webhook.created",
  "webhook.enabled",
  "webhook.disabled",
  "webhook.deleted",
  "webhook.secret_rotated",
  "webForm.created",
  "webForm.updated",
  "webForm.activated",
  "webForm.deactivated",
  "lostReason.created",
  "lostReason.updated",
  "goal.set",
  "goal.cleared",
  "user.weekly_report_changed",
  "segment.members_added",
  "segment.members_removed",
  "bulk.undone",
] as const;

// Every action the app writes is offered in the filter: a new one that is not listed fails tsc here.
type UnlistedAction = Exclude<AuditAction, (typeof AUDIT_ACTIONS)[number]>;
export const EVERY_ACTION_LISTED: [UnlistedAction] extends [never] ? true : UnlistedAction = true;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional()).catch(undefined);

export const auditFiltersSchema = z.object({
  action: optional(
    z
      .string()
      .max(64)
      .regex(/^[A-Za-z]+\.[A-Za-z_]+$/),
  ),
  entityType: optional(z.enum(AUDIT_ENTITY_TYPES)),
  actor: optional(z.uuid()),
  from: optional(z.string().regex(DAY_PATTERN)),
  to: optional(z.string().regex(DAY_PATTERN)),
  cursor: optional(z.string().max(200)),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

/** The URL of a page of the log with these filters (and, for "older", a cursor). */
export function auditFiltersToSearch(filters: AuditFilters, extra: { cursor?: string } = {}): string {
  const params = new URLSearchParams();
  for (const key of ["action", "entityType", "actor", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (extra.cursor) params.set("cursor", extra.cursor);
  const text = params.toString();
  return text ? `?${text}` : "";
}
