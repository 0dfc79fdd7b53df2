import "server-only";

// Requests per API key: a token bucket of INGEST_RATE.burst tokens, refilled at
// INGEST_RATE.perMinute a minute. A source may send a burst (a store system
// catching up after a network outage) but not more than that on average.
//
// The buckets live in this process's memory. That is exact for the default
// deployment (one Node process with its embedded database). Behind several
// app instances on one PostgreSQL, each instance keeps its own buckets, so a
// key gets up to N × the limit; a shared limit there needs a shared store
// (a row per key updated in the database, or Redis).

export const INGEST_RATE = { perMinute: 120, burst: 120 } as const;

type Bucket = { tokens: number; at: number };
export type RateDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

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
    /** Forget a revoked key's bucket; memory stays bounded by the number of keys. */
    forget(id: string) {
      buckets.delete(id);
    },
  };
}

// One limiter per process, kept across hot reloads in development.
const globalForLimiter = globalThis as typeof globalThis & {
  __reiseIngestLimiter?: ReturnType<typeof createRateLimiter>;
};
export const ingestRateLimiter = (globalForLimiter.__reiseIngestLimiter ??= createRateLimiter(INGEST_RATE));
