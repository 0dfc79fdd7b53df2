import { MAILGUN_MAX_AGE_MS, verifyMailgunSignature } from "@/lib/messaging/webhook-signatures";
import { getDb } from "@/server/db";
import { recordInboundMessage } from "@/server/messaging/inbound";
import { INBOUND_EMAIL_MAX_BYTES, mailgunSignatureIn, parseMailgunReply } from "@/server/messaging/inbound-email";
import {
  forgetToken,
  readBytesWithLimit,
  takeWebhookRate,
  tokenSeenBefore,
  webhookError,
  loggableError,
} from "@/server/messaging/webhook-http";

export const dynamic = "force-dynamic";

// Customers' e-mail replies, posted by a Mailgun inbound route (README, "Replies"). Signed with
// MAILGUN_WEBHOOK_SIGNING_KEY; without the key set, the endpoint is off. The order of checks spends
// nothing on a caller we will refuse: rate, size, signature, then the fields.
export async function POST(request: Request) {
  const now = new Date();
  const key = process.env.MAILGUN_WEBHOOK_SIGNING_KEY;
  if (!key) return webhookError(404, "not_configured", "Inbound e-mail is not configured on this server.");
  const db = await getDb();
  const limited = await takeWebhookRate(db, request, "mailgun", now);
  if (limited) return limited;
  const body = await readBytesWithLimit(request, INBOUND_EMAIL_MAX_BYTES);
  if (!body.ok)
    return webhookError(413, "payload_too_large", `The body may be at most ${INBOUND_EMAIL_MAX_BYTES >> 20} MB.`);
  const form = await new Response(body.bytes as BodyInit, {
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  })
    .formData()
    .catch(() => null);
  const signature = form && mailgunSignatureIn(form);
  if (!form || !signature) return unsigned();
  const verdict = verifyMailgunSignature(signature, key, now.getTime());
  if (verdict === "forged") return unsigned();
  // Genuine but old, or seen already: 406 tells Mailgun not to try again.
  if (verdict === "stale") return webhookError(406, "stale", "The signature is older than 15 minutes.");
  if (await tokenSeenBefore(db, `mailgun:${signature.token}`, now, MAILGUN_MAX_AGE_MS * 2))
    return webhookError(406, "replayed", "This signed request was received before.");

  const parsed = parseMailgunReply(form);
  if (!parsed.ok)
    return webhookError(400, "validation_failed", "Some fields are missing or wrong; see issues.", {
      issues: parsed.issues,
    });
  try {
    const result = await recordInboundMessage(db, parsed.input, now);
    return Response.json(
      { status: result.status, messageId: result.messageId, customerId: result.customerId, leadId: result.leadId },
      { status: 200, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    await forgetToken(db, `mailgun:${signature.token}`);
    // Logged without what the customer wrote; Mailgun retries, and the Message-Id files it once.
    console.error("[inbound] failed to record an e-mail reply:", loggableError(error));
    return webhookError(500, "internal_error", "The reply was not recorded; send it again.");
  }
}

function unsigned() {
  return webhookError(401, "unauthorized", "The request is not signed with this server's Mailgun webhook signing key.");
}
