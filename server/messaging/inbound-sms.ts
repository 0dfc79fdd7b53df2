import "server-only";
import { z } from "zod";
import type { InboundMessageInput } from "./inbound";
import type { WebhookIssue } from "./webhook-http";

// What GatewayAPI posts to our webhook (JSON, signed by the JWT in X-Gwapi-Signature): an SMS a
// customer sent to our number or keyword (MO: id, msisdn, receiver, message, senttime …) or a
// delivery report for one we sent (id, msisdn, status, userref = our message id, error, code …).
// GatewayAPI adds fields over time: unknown ones are ignored, not refused.

export const SMS_WEBHOOK_MAX_BYTES = 64 * 1024;
const SMS_TEXT_MAX = 5_000;

const numeric = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,20}$/)]).transform(String);
const msisdn = numeric.pipe(z.string().regex(/^\d{5,15}$/, "must be a number in international form, 5-15 digits"));

const moSchema = z.object({
  id: numeric,
  msisdn,
  receiver: numeric.optional(),
  message: z.string().max(SMS_TEXT_MAX, `at most ${SMS_TEXT_MAX} characters`),
  senttime: z.number().int().nonnegative().optional(),
});

// GatewayAPI's statuses: only these end a message's journey undelivered.
const UNDELIVERED = ["UNDELIVERABLE", "REJECTED", "EXPIRED", "DELETED", "SKIPPED"] as const;
const reportSchema = z.object({
  id: numeric,
  msisdn: msisdn.optional(),
  status: z
    .string()
    .max(40)
    .transform((s) => s.trim().toUpperCase()),
  userref: z.string().max(200).optional(),
  error: z.string().max(500).nullish(),
  code: z.union([z.string().max(40), z.number()]).nullish(),
});

export type SmsDeliveryReport = {
  providerId: string;
  /** Our Message id, sent as userref with the SMS. */
  reference: string | null;
  status: string;
  undelivered: boolean;
  error: string | null;
};

export type ParsedSmsWebhook =
  | { ok: true; kind: "reply"; input: InboundMessageInput }
  | { ok: true; kind: "report"; report: SmsDeliveryReport }
  | { ok: false; issues: WebhookIssue[] };

export function parseGatewayApiWebhook(json: unknown, now: Date): ParsedSmsWebhook {
  if (!json || typeof json !== "object" || Array.isArray(json))
    return { ok: false, issues: [{ path: "", message: "must be a JSON object" }] };
  if ("message" in json) {
    const parsed = moSchema.safeParse(json);
    if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
    const mo = parsed.data;
    return {
      ok: true,
      kind: "reply",
      input: {
        channel: "SMS",
        providerId: mo.id,
        from: `+${mo.msisdn}`,
        text: mo.message,
        sentAt: mo.senttime ? new Date(mo.senttime * 1000) : now,
      },
    };
  }
  if ("status" in json) {
    const parsed = reportSchema.safeParse(json);
    if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
    const r = parsed.data;
    const undelivered = (UNDELIVERED as readonly string[]).includes(r.status);
    const detail = [r.status, r.code != null ? `code ${r.code}` : null, r.error].filter(Boolean).join(", ");
    return {
      ok: true,
      kind: "report",
      report: {
        providerId: r.id,
        reference: r.userref ?? null,
        status: r.status,
        undelivered,
        error: undelivered ? `GatewayAPI: ${detail}`.slice(0, 300) : null,
      },
    };
  }
  return {
    ok: false,
    issues: [{ path: "", message: "neither an SMS (message) nor a delivery report (status)" }],
  };
}

function issuesOf(error: z.ZodError): WebhookIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}
