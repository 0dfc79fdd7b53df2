import "server-only";
import crypto from "node:crypto";
import { Webhook } from "standardwebhooks";

// Standard Webhooks signing (https://www.standardwebhooks.com): a whsec_ secret of 32 random bytes,
// and `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` per secret in webhook-signature. For a
// while after a rotation both the new and the previous secret sign (space-separated, as the spec
// allows), so a receiver still holding the old secret keeps verifying until it is updated.

export const ROTATION_OVERLAP_MS = 24 * 60 * 60_000;

export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString("base64")}`;
}

export type SigningSecrets = { secret: string; previousSecret: string | null; previousSecretUntil: Date | null };

/** The three Standard Webhooks headers for this body. `sentAt` is the wall clock: receivers check it against theirs. */
export function signedHeaders(
  secrets: SigningSecrets,
  input: { messageId: string; sentAt: Date; body: string },
): Record<string, string> {
  const keys = [secrets.secret];
  if (secrets.previousSecret && secrets.previousSecretUntil && secrets.previousSecretUntil > input.sentAt)
    keys.push(secrets.previousSecret);
  const signature = keys.map((key) => new Webhook(key).sign(input.messageId, input.sentAt, input.body)).join(" ");
  return {
    "webhook-id": input.messageId,
    "webhook-timestamp": String(Math.floor(input.sentAt.getTime() / 1000)),
    "webhook-signature": signature,
  };
}
