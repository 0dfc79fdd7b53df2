import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";

// A one-time value (a provider's signed-request token) seen by any instance on this database: a
// captured request replayed to another instance behind the load balancer is refused as well. It
// shares the rate-limit table: the row's instant is when the sighting expires, so the hourly prune
// of spent buckets (api.prune) forgets expired sightings too, and an expired key can be seen anew.

type Db = Pick<PrismaClient, "$queryRaw">;

/** True the first time `key` is seen within `ttlMs`; false when another request already took it. */
export async function firstSighting(db: Db, key: string, now: Date, ttlMs: number): Promise<boolean> {
  const at = Prisma.sql`${now.toISOString()}::timestamptz`;
  const until = Prisma.sql`${new Date(now.getTime() + ttlMs).toISOString()}::timestamptz`;
  const taken = await db.$queryRaw<{ key: string }[]>`
    INSERT INTO "RateLimitBucket" AS b ("key", "tat") VALUES (${`seen:${key}`}, ${until})
    ON CONFLICT ("key") DO UPDATE SET "tat" = EXCLUDED."tat" WHERE b."tat" < ${at}
    RETURNING b."key"`;
  return taken.length > 0;
}

/** Forgets a sighting whose request was not recorded, so the provider's retry of it is taken. */
export async function forgetSighting(db: Pick<PrismaClient, "$executeRaw">, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "key" = ${`seen:${key}`}`;
}
