import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { takeToken, type TokenDecision } from "@/server/rate-limit/take-token";

// Requests per API key, for the ingest API and the REST API together: a bucket of API_KEY_RATE.burst
// requests, refilled at API_KEY_RATE.perMinute a minute. A source may send a burst (a store system
// catching up after a network outage) but not more than that on average. The bucket is a row in the
// database (server/rate-limit/), so every app instance on one PostgreSQL counts against the same
// limit; it was kept in each process's memory before, which gave a key N × the limit behind N instances.

export const API_KEY_RATE = { perMinute: 120, burst: 120 } as const;

export function takeApiKeyToken(db: Pick<PrismaClient, "$queryRaw">, keyId: string, now: Date): Promise<TokenDecision> {
  return takeToken(db, `apiKey:${keyId}`, API_KEY_RATE, now);
}
