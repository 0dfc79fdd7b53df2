import "server-only";
import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";

// Writes sent with an Idempotency-Key header are done once. The key is claimed in the database
// before the write runs (a row with status 0), so two instances receiving the same retry at once
// cannot both run it; the answer is stored when it is known and replayed for 24 hours to the same
// API key. The same key with another method, path or body is a client bug, refused with 422.
// A claim whose request died mid-way (the process stopped) may be taken again after a minute.

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const STALE_CLAIM_MS = 60_000;
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export type StoredAnswer = { status: number; body: unknown };
export type IdempotencyClaim =
  { kind: "new" } | { kind: "replay"; answer: StoredAnswer } | { kind: "reused" } | { kind: "in_progress" };

export function requestHash(method: string, path: string, body: string): string {
  return crypto.createHash("sha256").update(`${method} ${path}\n${body}`, "utf8").digest("hex");
}

export async function claimIdempotencyKey(
  db: PrismaClient,
  apiKeyId: string,
  key: string,
  hash: string,
  now: Date,
): Promise<IdempotencyClaim> {
  const at = now.toISOString();
  const expires = new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString();
  const stale = new Date(now.getTime() - STALE_CLAIM_MS).toISOString();
  // Insert, or take over an expired row or a stale claim with the same request; RETURNING says we own it.
  const claimed = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO "ApiIdempotentRequest" AS r ("apiKeyId", "key", "requestHash", "status", "createdAt", "expiresAt")
    VALUES (${apiKeyId}::uuid, ${key}, ${hash}, 0, ${at}::timestamptz, ${expires}::timestamptz)
    ON CONFLICT ("apiKeyId", "key") DO UPDATE
       SET "requestHash" = EXCLUDED."requestHash", "status" = 0, "body" = NULL,
           "createdAt" = EXCLUDED."createdAt", "expiresAt" = EXCLUDED."expiresAt"
     WHERE r."expiresAt" <= ${at}::timestamptz
        OR (r."status" = 0 AND r."createdAt" < ${stale}::timestamptz AND r."requestHash" = EXCLUDED."requestHash")
    RETURNING r."key"`;
  if (claimed.length > 0) return { kind: "new" };
  const row = await db.apiIdempotentRequest.findUnique({
    where: { apiKeyId_key: { apiKeyId, key } },
    select: { requestHash: true, status: true, body: true },
  });
  if (!row) return { kind: "in_progress" }; // released between the two reads: the client may retry
  if (row.requestHash !== hash) return { kind: "reused" };
  if (row.status === 0) return { kind: "in_progress" };
  return { kind: "replay", answer: { status: row.status, body: row.body } };
}

/** Keeps the answer for replays. Answers that say "try again" (5xx, 429) are not kept: the claim goes. */
export async function storeIdempotentAnswer(
  db: PrismaClient,
  apiKeyId: string,
  key: string,
  answer: StoredAnswer,
): Promise<void> {
  if (answer.status >= 500 || answer.status === 429) return releaseIdempotencyKey(db, apiKeyId, key);
  await db.apiIdempotentRequest.updateMany({
    where: { apiKeyId, key, status: 0 },
    data: { status: answer.status, body: (answer.body ?? Prisma.JsonNull) as Prisma.InputJsonValue },
  });
}

export async function releaseIdempotencyKey(db: PrismaClient, apiKeyId: string, key: string): Promise<void> {
  await db.apiIdempotentRequest.deleteMany({ where: { apiKeyId, key, status: 0 } });
}

/** Upkeep: answers older than a day are no longer replayed; their rows can go. */
export async function pruneIdempotentRequests(db: PrismaClient, now: Date): Promise<number> {
  return (await db.apiIdempotentRequest.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
