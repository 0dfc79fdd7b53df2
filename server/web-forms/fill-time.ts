import "server-only";
import crypto from "node:crypto";

// The minimum fill time. The page puts the instant it was rendered, signed, in a hidden field; a
// submission that comes back sooner than a person could fill the form in is a bot's. Signed with
// an HMAC under the app's secret (NEXTAUTH_SECRET, which scripts/start.mjs always sets), so a bot
// cannot post an old instant of its own making; bound to the form, so one form's stamp does not
// open another.

/** Faster than this is not a person typing a name and an address. */
export const MIN_FILL_MS = 3_000;
/**
 * A stamp older than this is refused as a replay: a bot that fetched the page once and posts its
 * stamp for ever. A person whose tab stayed open that long gets the form back with a fresh stamp.
 */
export const MAX_FILL_MS = 24 * 3_600_000;

export type FillCheck = "ok" | "too_fast" | "stale" | "invalid";

function appSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: web forms cannot sign their fill-time stamp");
  return secret;
}

function mac(slug: string, at: number, secret: string): string {
  // A key of its own for this use, derived from the app secret: a stamp is no session token.
  const key = crypto.createHmac("sha256", secret).update("reise:web-form-fill-time").digest();
  return crypto.createHmac("sha256", key).update(`${slug}\u0000${at}`).digest("base64url");
}

/** The hidden field's value for a form rendered at `now`. */
export function signFillStart(slug: string, now: Date, secret = appSecret()): string {
  const at = now.getTime();
  return `${at}.${mac(slug, at, secret)}`;
}

export function checkFillTime(slug: string, stamp: unknown, now: Date, secret = appSecret()): FillCheck {
  if (typeof stamp !== "string") return "invalid";
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(stamp);
  if (!match) return "invalid";
  const at = Number(match[1]);
  const expected = Buffer.from(mac(slug, at, secret));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return "invalid";
  const elapsed = now.getTime() - at;
  if (elapsed < MIN_FILL_MS) return "too_fast";
  if (elapsed > MAX_FILL_MS) return "stale";
  return "ok";
}
