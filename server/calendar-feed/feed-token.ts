import "server-only";
import crypto from "node:crypto";

// A calendar feed's link carries 256 random bits; we keep only their SHA-256. Calendar apps poll
// the link without signing in, so the token is the credential: a fast digest found through a
// unique index is enough for a secret nobody can guess (the reasoning of server/api-keys/keys.ts).

/** 32 bytes in base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a presented token can be one of ours at all; anything else is a 404 without a query. */
export function isFeedTokenShaped(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** The path a calendar app subscribes to. */
export const feedPath = (token: string) => `/api/calendar/${token}.ics`;
