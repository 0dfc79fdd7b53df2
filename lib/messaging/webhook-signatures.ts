import crypto from "node:crypto";

// The checks that a webhook came from the provider we configured, not from anyone who knows the URL.
// Pure (a secret and a clock in, a verdict out), shared by the routes and by the test fakes that sign.
//
// Mailgun signs every POST with an HMAC-SHA256 of timestamp + token under the domain's webhook
// signing key; the token is random per POST. GatewayAPI puts a JWT (HS256, under the webhook's
// secret) in X-Gwapi-Signature. Both written with node:crypto: two HMACs do not need a library.

/** A signed POST older than this is refused: a captured request cannot be replayed later. */
export const MAILGUN_MAX_AGE_MS = 15 * 60_000;

export type MailgunSignature = { timestamp: string; token: string; signature: string };
export type SignatureVerdict = "ok" | "forged" | "stale";

export function mailgunSignatureOf(key: string, timestamp: string, token: string): string {
  return crypto
    .createHmac("sha256", key)
    .update(timestamp + token)
    .digest("hex");
}

export function verifyMailgunSignature(fields: MailgunSignature, key: string, nowMs: number): SignatureVerdict {
  const expected = mailgunSignatureOf(key, fields.timestamp, fields.token);
  if (!sameText(expected, fields.signature.toLowerCase())) return "forged";
  const seconds = Number(fields.timestamp);
  if (!Number.isFinite(seconds)) return "forged";
  // A little future is clock drift; more, or older than the window, is not a live delivery.
  const age = nowMs - seconds * 1000;
  return age > MAILGUN_MAX_AGE_MS || age < -5 * 60_000 ? "stale" : "ok";
}

export function signHs256Jwt(payload: Record<string, unknown>, secret: string): string {
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const body = base64url(JSON.stringify(payload));
  return `${header}.${body}.${hmac(secret, `${header}.${body}`)}`;
}

export type JwtVerdict = { ok: true; payload: Record<string, unknown> } | { ok: false; reason: "forged" | "stale" };

/** An HS256 JWT signed with `secret`: the header must say HS256 (never "none"), and exp, when given, be ahead. */
export function verifyHs256Jwt(token: string, secret: string, nowMs: number): JwtVerdict {
  const parts = token.trim().split(".");
  if (parts.length !== 3 || !secret) return { ok: false, reason: "forged" };
  const [header, body, signature] = parts;
  if (!sameText(hmac(secret, `${header}.${body}`), signature)) return { ok: false, reason: "forged" };
  const head = parseJson(header);
  const payload = parseJson(body);
  if (head?.alg !== "HS256" || !payload) return { ok: false, reason: "forged" };
  if (typeof payload.exp === "number" && payload.exp * 1000 < nowMs) return { ok: false, reason: "stale" };
  return { ok: true, payload };
}

const hmac = (secret: string, data: string) => crypto.createHmac("sha256", secret).update(data).digest("base64url");
const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

function parseJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Equal, in time that does not depend on where two strings of equal length differ. */
function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
