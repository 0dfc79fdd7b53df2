import { verifyHs256Jwt } from "@/lib/messaging/webhook-signatures";
import { getDb } from "@/server/db";
import { recordSmsDeliveryReport } from "@/server/messaging/delivery-status";
import { recordInboundMessage } from "@/server/messaging/inbound";
import { parseGatewayApiWebhook, SMS_WEBHOOK_MAX_BYTES } from "@/server/messaging/inbound-sms";
import { readBytesWithLimit, takeWebhookRate, webhookError, loggableError } from "@/server/messaging/webhook-http";

export const dynamic = "force-dynamic";

// GatewayAPI's webhook (README, "Replies"): customers' SMS to our number (MO) and delivery reports
// for the SMS we sent, both JSON, both signed by a JWT (HS256) in X-Gwapi-Signature under
// SMS_GATEWAYAPI_WEBHOOK_SECRET; without the secret set, the endpoint is off.
export async function POST(request: Request) {
  const now = new Date();
  const secret = process.env.SMS_GATEWAYAPI_WEBHOOK_SECRET;
  if (!secret) return webhookError(404, "not_configured", "Inbound SMS is not configured on this server.");
  const db = await getDb();
  const limited = await takeWebhookRate(db, request, "gatewayapi", now);
  if (limited) return limited;
  const jwt = verifyHs256Jwt(request.headers.get("x-gwapi-signature") ?? "", secret, now.getTime());
  if (!jwt.ok)
    return webhookError(
      401,
      "unauthorized",
      "X-Gwapi-Signature is not a JWT signed with this server's webhook secret.",
    );
  const body = await readBytesWithLimit(request, SMS_WEBHOOK_MAX_BYTES);
  if (!body.ok)
    return webhookError(413, "payload_too_large", `The body may be at most ${SMS_WEBHOOK_MAX_BYTES / 1024} kB.`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body.bytes));
  } catch {
    return webhookError(400, "invalid_json", "The body is not valid JSON.");
  }
  // A token names the message it was made for: a captured signature cannot carry another body.
  const claimed = jwt.payload.id;
  if (
    claimed !== undefined &&
    json &&
    typeof json === "object" &&
    String(claimed) !== String((json as { id?: unknown }).id)
  )
    return webhookError(401, "unauthorized", "The signature was made for another message.");
  const parsed = parseGatewayApiWebhook(json, now);
  if (!parsed.ok)
    return webhookError(400, "validation_failed", "Some fields are missing or wrong; see issues.", {
      issues: parsed.issues,
    });
  try {
    if (parsed.kind === "report") {
      const outcome = await recordSmsDeliveryReport(db, parsed.report, now);
      return Response.json(outcome, { headers: { "Cache-Control": "no-store" } });
    }
    const result = await recordInboundMessage(db, parsed.input, now);
    return Response.json(
      { status: result.status, messageId: result.messageId, customerId: result.customerId, leadId: result.leadId },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    // Logged without what the customer wrote; GatewayAPI retries, and its id files the SMS once.
    console.error("[inbound] failed to record an SMS webhook:", loggableError(error));
    return webhookError(500, "internal_error", "Not recorded; send it again.");
  }
}
