import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";

// API keys for the systems that send us signals (website chat, forms, store
// systems, partners). A key is shown once when it is made; we keep only its
// SHA-256 digest and a short prefix to tell keys apart in the list.
//
// Why SHA-256 and not bcrypt/scrypt/argon2: those are slow on purpose, to make
// guessing a low-entropy PASSWORD expensive. A key here is 256 random bits, so
// there is nothing to guess from a leaked digest, and a fast digest lets every
// request find its key through a unique index in microseconds instead of
// spending ~100 ms of CPU per request (which would itself be a way to DoS us).
//
// Comparison: the key is found by its digest through a unique index, so the
// database compares digests, not secrets, and no code of ours compares them
// again (a row found by its hash has that hash). Timing can at most reveal how
// many leading bytes of a digest matched, and an attacker cannot steer a digest
// byte by byte without a preimage.

export const API_KEY_PREFIX = "rk_live_";
/** Characters of the random part kept for display: "rk_live_ab12". */
const DISPLAY_CHARS = 4;
/** 32 bytes in base64url: 43 characters. Anything much longer is not one of ours. */
const MAX_PRESENTED_LENGTH = 100;

export type NewApiKey = { secret: string; prefix: string; hash: string };
export type AuthenticatedKey = { id: string; name: string };
/** What a request may do with the key (lib/api-scopes.ts), whose team it acts for, and who made it. */
export type ScopedKey = AuthenticatedKey & { scopes: string[]; teamId: string | null; createdById: string };

export function generateApiKey(): NewApiKey {
  const secret = API_KEY_PREFIX + crypto.randomBytes(32).toString("base64url");
  return { secret, prefix: secret.slice(0, API_KEY_PREFIX.length + DISPLAY_CHARS), hash: hashApiKey(secret) };
}

export function hashApiKey(secret: string): string {
  return crypto.createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The key in `Authorization: Bearer <key>`, or null when the header is absent or malformed. */
export function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer[ \t]+(\S+)[ \t]*$/i);
  const token = match?.[1];
  if (!token || token.length > MAX_PRESENTED_LENGTH || !token.startsWith(API_KEY_PREFIX)) return null;
  return token;
}

/** How often lastUsedAt is written: a busy integration would otherwise write on every signal. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The active key behind an Authorization header, or null (absent, unknown or revoked: all 401). */
export async function authenticateApiKey(
  db: PrismaClient,
  header: string | null,
  now: Date,
): Promise<ScopedKey | null> {
  const secret = bearerToken(header);
  if (!secret) return null;
  const key = await db.apiKey.findUnique({
    where: { hash: hashApiKey(secret) },
    select: {
      id: true,
      name: true,
      revokedAt: true,
      lastUsedAt: true,
      scopes: true,
      teamId: true,
      createdById: true,
    },
  });
  if (!key || key.revokedAt) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { lastUsedAt: now } });
  }
  return { id: key.id, name: key.name, scopes: key.scopes, teamId: key.teamId, createdById: key.createdById };
}
