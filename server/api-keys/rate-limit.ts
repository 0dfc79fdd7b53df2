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

type Bucket = { tokens: number; at: number };
export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

/**
 * A per-process token bucket, for callers whose limit is a guard for this process rather than a
 * promise to an integrator (the providers' inbound webhooks, server/messaging/webhook-http.ts).
 */
export function createRateLimiter({ perMinute, burst }: { perMinute: number; burst: number }) {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;
  return {
    take(id: string, now: number): RateDecision {
      const bucket = buckets.get(id) ?? { tokens: burst, at: now };
      bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
      bucket.at = now;
      buckets.set(id, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true, remaining: Math.floor(bucket.tokens) };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
    forget(id: string) {
      buckets.delete(id);
    },
  };
}
