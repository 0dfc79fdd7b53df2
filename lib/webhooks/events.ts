// The events an outbound webhook may subscribe to (issue 17), in the order Settings → Webhooks lists
// them. Zod-free: the settings form imports it. A name is `<entity>.<what happened>`, as in the
// audit log, and never changes once published: receivers switch on it.

export const WEBHOOK_EVENT_TYPES = [
  "lead.created",
  "lead.assigned",
  "lead.stage_changed",
  "lead.won",
  "lead.lost",
  "order.milestone_changed",
  "customer.created",
  "customer.erased",
  "touchpoint.created",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent by "Send test event" to one endpoint, whatever it subscribed to. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** The message key of an event type (keys cannot hold dots): lead.stage_changed → lead_stage_changed. */
export const eventTypeKey = (type: string) => type.replace(/\./g, "_");

// Few endpoints per install: each event writes one delivery row per subscribed endpoint inside the
// writing transaction, so this bounds what one lead write costs.
export const WEBHOOK_ENDPOINTS_MAX = 20;
export const WEBHOOK_URL_MAX = 2000;
export const WEBHOOK_DESCRIPTION_MAX = 200;
