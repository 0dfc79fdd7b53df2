import { z } from "zod";
import { MAILGUN_MAX_AGE_MS, verifyMailgunSignature } from "@/lib/messaging/webhook-signatures";
import { getDb } from "@/server/db";
import { recordEmailBounce } from "@/server/messaging/delivery-status";
import { messageIdOf } from "@/server/messaging/inbound-email";
import { readBytesWithLimit, takeWebhookRate, tokenSeenBefore, webhookError } from "@/server/messaging/webhook-http";

export const dynamic = "force-dynamic";

// Mailgun's event webhooks (JSON, signed like the inbound route): a "failed" event of permanent
// severity means the receiving server refused the mail for good, and our message BOUNCED. Every
// other event is acknowledged and ignored. Temporary failures are Mailgun's to retry.
const eventSchema = z.object({
  signature: z.object({ timestamp: z.string(), token: z.string().max(200), signature: z.string().max(200) }),
  "event-data": z
    .object({
      event: z.string().max(60),
      severity: z.string().max(60).optional(),
      reason: z.string().max(200).optional(),
      message: z.object({ headers: z.object({ "message-id": z.string().max(1000).optional() }).optional() }).optional(),
      "delivery-status": z
        .object({ description: z.string().max(2000).nullish(), message: z.string().max(2000).nullish() })
        .optional(),
    })
    .optional(),
});

export async function POST(request: Request) {
  const now = new Date();
  const key = process.env.MAILGUN_WEBHOOK_SIGNING_KEY;
  if (!key) return webhookError(404, "not_configured", "Mailgun webhooks are not configured on this server.");
  const db = await getDb();
  const limited = await takeWebhookRate(db, request, "mailgun-events", now);
  if (limited) return limited;
  const body = await readBytesWithLimit(request, 256 * 1024);
  if (!body.ok) return webhookError(413, "payload_too_large", "The body may be at most 256 kB.");
  let json: unknown = null;
  try {
    json = JSON.parse(new TextDecoder().decode(body.bytes));
  } catch {
    // Not JSON: refused below as unsigned, since no signature can be read from it.
  }
  const parsed = eventSchema.safeParse(json);
  if (!parsed.success || verifyMailgunSignature(parsed.data.signature, key, now.getTime()) === "forged")
    return webhookError(
      401,
      "unauthorized",
      "The request is not signed with this server's Mailgun webhook signing key.",
    );
  const { signature, "event-data": event } = parsed.data;
  if (verifyMailgunSignature(signature, key, now.getTime()) === "stale")
    return webhookError(406, "stale", "The signature is older than 15 minutes.");
  if (await tokenSeenBefore(db, `mailgun-events:${signature.token}`, now, MAILGUN_MAX_AGE_MS * 2))
    return webhookError(406, "replayed", "This signed request was received before.");
  const messageId = messageIdOf(event?.message?.headers?.["message-id"]);
  if (event?.event !== "failed" || event.severity !== "permanent" || !messageId)
    return Response.json({ ignored: true }, { headers: { "Cache-Control": "no-store" } });
  const status = event["delivery-status"];
  const reason = status?.description || status?.message || event.reason || "refused by the receiving server";
  const outcome = await recordEmailBounce(db, { messageId, reason: `Bounced: ${reason}` }, now);
  return Response.json(outcome, { headers: { "Cache-Control": "no-store" } });
}
