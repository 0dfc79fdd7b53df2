import "server-only";
import crypto from "node:crypto";
import webpush from "web-push";
import type { PushMessage } from "@/lib/validation/push";
import type { VapidConfig } from "./vapid";

// One message to one browser. web-push signs the VAPID token and encrypts the payload (aes128gcm,
// RFC 8291); we send its request with fetch rather than its sendNotification, which speaks https
// only, has no overall timeout and follows no abort: the test suite's fake push service listens on
// plain http on 127.0.0.1, and a push service that hangs must not hold a job runner slot.

/** How long a push service may keep a message for a device that is offline. */
export const PUSH_TTL_SECONDS = 4 * 60 * 60; // a nudge older than a working morning is noise
const TIMEOUT_MS = 15_000;

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

/** What reaches the service worker (public/sw.js): what the lock screen shows, and where a tap leads. */
export function pushPayload(message: PushMessage): string {
  return JSON.stringify({ title: message.title, body: message.body, tag: message.tag, url: message.url });
}

/**
 * "sent", or "gone" when the push service says the subscription no longer exists (404, 410).
 * Anything else throws: the push service is down or refused us, and the job tries again later.
 */
export async function deliverPush(
  target: PushTarget,
  message: PushMessage,
  vapid: VapidConfig,
): Promise<"sent" | "gone"> {
  const request = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    pushPayload(message),
    {
      vapidDetails: vapid,
      TTL: PUSH_TTL_SECONDS,
      urgency: message.urgency,
      // Same topic, same slot at the push service: an undelivered older message for this tag is
      // replaced rather than piling up for a phone that was off (a topic is 32 base64url characters at most).
      topic: topicFor(message.tag),
      contentEncoding: "aes128gcm",
    },
  );
  const response = await fetch(request.endpoint, {
    method: request.method,
    headers: headersOf(request.headers),
    body: request.body ? new Uint8Array(request.body) : undefined,
    redirect: "error",
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (response.status === 404 || response.status === 410) return "gone";
  if (!response.ok) throw new Error(`push service answered ${response.status} for ${new URL(target.endpoint).host}`);
  return "sent";
}

function topicFor(tag: string): string {
  return crypto.createHash("sha256").update(tag).digest("base64url").slice(0, 32);
}

/** web-push's headers as fetch takes them: strings, and no Content-Length (fetch sets its own). */
function headersOf(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => name.toLowerCase() !== "content-length")
      .map(([name, value]) => [name, String(value)]),
  );
}
