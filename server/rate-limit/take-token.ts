import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";

// Rate limits shared by every app instance on one database: the ingest API and the REST API per
// key, web forms per address. The generic cell rate algorithm (GCRA) keeps one instant per bucket,
// its theoretical arrival time (tat): each request moves it one interval (60 s / perMinute) later,
// and a request is let in while tat is at most (burst − 1) intervals ahead of now. That is a token
// bucket of `burst` tokens refilled at perMinute, in one row and one atomic INSERT … ON CONFLICT DO
// UPDATE … WHERE … RETURNING: two instances taking the last token at once cannot both get it,
// because the second one's update re-reads the row the first one committed.

export type RateLimit = { perMinute: number; burst: number };
export type TokenDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

type Db = Pick<PrismaClient, "$queryRaw">;

export async function takeToken(db: Db, bucketKey: string, limit: RateLimit, now: Date): Promise<TokenDecision> {
  const intervalMs = 60_000 / limit.perMinute;
  const toleranceMs = Math.max(0, limit.burst - 1) * intervalMs;
  const at = Prisma.sql`${now.toISOString()}::timestamptz`;
  const interval = Prisma.sql`(${intervalMs} * interval '1 millisecond')`;
  const taken = await db.$queryRaw<{ tat: Date }[]>`
    INSERT INTO "RateLimitBucket" AS b ("key", "tat") VALUES (${bucketKey}, ${at} + ${interval})
    ON CONFLICT ("key") DO UPDATE SET "tat" = GREATEST(b."tat", ${at}) + ${interval}
     WHERE GREATEST(b."tat", ${at}) <= ${at} + (${toleranceMs} * interval '1 millisecond')
    RETURNING b."tat"`;
  if (taken.length > 0) return { ok: true };
  // Refused: nothing was written. Come back when tat − tolerance has passed (at least a second).
  const [row] = await db.$queryRaw<{ tat: Date }[]>`SELECT "tat" FROM "RateLimitBucket" WHERE "key" = ${bucketKey}`;
  const waitMs = row ? new Date(row.tat).getTime() - toleranceMs - now.getTime() : 0;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Buckets whose instant has passed are full, the same as no row; upkeep may drop them. */
export async function pruneRateLimitBuckets(db: Pick<PrismaClient, "$executeRaw">, now: Date): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "tat" < ${now.toISOString()}::timestamptz`;
}
