import { z } from "zod";
import {
  WEBHOOK_DESCRIPTION_MAX,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_URL_MAX,
  type WebhookEventType,
} from "@/lib/webhooks/events";

// Settings → Webhooks' forms and actions (server/webhooks/actions.ts). Messages are keys of the
// "webhooks.errors" catalogue. Whether the URL's host may be reached at all (SSRF) depends on the
// install, so the service checks that (server/webhooks/url-rule.ts), not this schema.

export type WebhookErrorCode =
  | "urlRequired"
  | "urlInvalid"
  | "urlTooLong"
  | "urlScheme"
  | "urlCredentials"
  | "urlPrivate"
  | "eventsRequired"
  | "descriptionTooLong"
  | "tooMany"
  | "notFound"
  | "erased"
  | "disabled"
  | "notSettled"
  | "generic";

const oneLine = (s: string) =>
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  s.replace(/[\u0000-\u001f\u007f]/g, " ").trim();

export const webhookEndpointSchema = z.object({
  url: z
    .string({ error: "urlRequired" })
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, { message: "urlRequired", abort: true })
        .max(WEBHOOK_URL_MAX, "urlTooLong")
        .refine((s) => URL.canParse(s), "urlInvalid"),
    ),
  description: z
    .string()
    .default("")
    .transform(oneLine)
    .pipe(z.string().max(WEBHOOK_DESCRIPTION_MAX, "descriptionTooLong")),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES as unknown as [WebhookEventType, ...WebhookEventType[]]), {
      error: "eventsRequired",
    })
    .min(1, "eventsRequired")
    .transform((events) => WEBHOOK_EVENT_TYPES.filter((type) => events.includes(type))),
});

export type WebhookEndpointInput = z.output<typeof webhookEndpointSchema>;

export const webhookEndpointIdSchema = z.object({ id: z.guid({ error: "notFound" }) });

export const webhookEnabledSchema = z.object({ id: z.guid({ error: "notFound" }), enabled: z.boolean() });

export const webhookReplaySchema = z.object({ deliveryId: z.guid({ error: "notFound" }) });

/** The delivery log's page: a keyset cursor from the previous page, if any. */
export const webhookLogQuerySchema = z.object({
  endpoint: z.guid().optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
