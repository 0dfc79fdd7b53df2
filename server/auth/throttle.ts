import "server-only";
import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { normalizeSignInEmail } from "@/lib/validation/auth";
import {
  MAGIC_LINK_POLICY,
  PASSWORD_POLICY,
  blockDelayMs,
  secondsUntil,
  type ThrottlePolicy,
} from "@/lib/auth-throttle";

// Sign-in throttling stored in AuthThrottle (see lib/auth-throttle.ts for the
// policy). In the database rather than in memory, so it holds across a restart
// and across several app instances on one PostgreSQL.

export type ThrottleKey = { key: string; policy: ThrottlePolicy; clearOnSuccess: boolean };
export type ThrottleDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

type Db = Pick<PrismaClient, "authThrottle" | "$queryRaw" | "$executeRaw" | "$transaction">;

// Digests, not emails or addresses: the table says nothing about who tried.
function digest(...parts: string[]): string {
  return crypto.createHash("sha256").update(parts.join("\u0000")).digest("base64url");
}

// Keyed by the address as next-auth and authorize() read it, so every spelling of
// one inbox counts as that inbox; whatever is not an email shares one key.
const accountOf = (email: string) => normalizeSignInEmail(email) ?? "";

export function passwordKeys(email: string, address: string): ThrottleKey[] {
  const account = accountOf(email);
  return [
    {
      key: digest("pw:account+address", account, address),
      policy: PASSWORD_POLICY.accountAddress,
      clearOnSuccess: true,
    },
    { key: digest("pw:account", account), policy: PASSWORD_POLICY.account, clearOnSuccess: true },
    // Not cleared by a success: signing in to one's own account must not
    // reset the count of a place that is guessing at others.
    { key: digest("pw:address", address), policy: PASSWORD_POLICY.address, clearOnSuccess: false },
  ];
}

export function magicLinkKeys(email: string, address: string): ThrottleKey[] {
  return [
    // A customer who signs in with a link has shown the inbox is theirs: their count starts over.
    { key: digest("link:email", accountOf(email)), policy: MAGIC_LINK_POLICY.email, clearOnSuccess: true },
    { key: digest("link:address", address), policy: MAGIC_LINK_POLICY.address, clearOnSuccess: false },
  ];
}

type Row = { key: string; failures: number; lastAt: Date; blockedUntil: Date | null };

/**
 * Counts this attempt on every key before it is tried (before bcrypt, before a
 * mail), or refuses it while any key is blocked; the wait is the longest. The
 * keys' rows are locked for the decision, in key order (so two attempts never
 * wait on each other in a circle): parallel attempts on any number of instances
 * are decided one after another, and the sixth of twenty at once is refused. A
 * refused attempt counts on no key, so hammering a blocked key cannot push the
 * account's other keys over their limits.
 */
export async function reserveAttempt(db: Db, keys: ThrottleKey[], now: Date): Promise<ThrottleDecision> {
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const names = sorted.map((k) => k.key);
  const decision = await db.$transaction(
    async (tx): Promise<ThrottleDecision> => {
      await tx.$executeRaw`
      INSERT INTO "AuthThrottle" ("key", "failures", "lastAt")
      VALUES ${Prisma.join(names.map((key) => Prisma.sql`(${key}, 0, ${now})`))}
      ON CONFLICT ("key") DO NOTHING`;
      const rows = await tx.$queryRaw<Row[]>`
      SELECT "key", "failures", "lastAt", "blockedUntil" FROM "AuthThrottle"
      WHERE "key" IN (${Prisma.join(names)}) ORDER BY "key" FOR UPDATE`;
      const wait = Math.max(0, ...rows.map((row) => secondsUntil(row.blockedUntil && new Date(row.blockedUntil), now)));
      if (wait > 0) return { ok: false, retryAfterSeconds: wait };
      for (const { key, policy } of sorted) {
        const row = rows.find((r) => r.key === key);
        const fresh = !row || new Date(row.lastAt).getTime() < now.getTime() - policy.windowMs;
        const failures = fresh ? 1 : row.failures + 1;
        const delay = blockDelayMs(policy, failures);
        const data = { failures, lastAt: now, blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null };
        await tx.authThrottle.upsert({ where: { key }, create: { key, ...data }, update: data, select: { key: true } });
      }
      return { ok: true };
    },
    { maxWait: 30_000, timeout: 30_000 },
  ); // a burst queues for the lock; it must wait, not fail
  // Keeps the table small: nothing older than a day can matter to any policy.
  await db.$executeRaw`DELETE FROM "AuthThrottle" WHERE "lastAt" < ${new Date(now.getTime() - 24 * 60 * 60_000)}`;
  return decision;
}

/** A successful sign-in forgets the failures of that account. */
export async function clearOnSuccess(db: Db, keys: ThrottleKey[]): Promise<void> {
  const clear = keys.filter((k) => k.clearOnSuccess).map((k) => k.key);
  if (clear.length) await db.authThrottle.deleteMany({ where: { key: { in: clear } } });
}

/**
 * A password that was right is not a failure: the keys a success does not clear
 * (the address) give back the attempt reserveAttempt() counted, and the block it
 * may have set when that count was still the threshold.
 */
export async function releaseAttempt(db: Db, keys: ThrottleKey[]): Promise<void> {
  for (const { key, policy } of keys.filter((k) => !k.clearOnSuccess)) {
    await db.$executeRaw`
      UPDATE "AuthThrottle" SET "failures" = GREATEST("failures" - 1, 0),
        "blockedUntil" = CASE WHEN "failures" - 1 < ${policy.threshold} THEN NULL ELSE "blockedUntil" END
      WHERE "key" = ${key}`;
  }
}

/**
 * The caller's address: the last X-Forwarded-For entry, which is the one the
 * nearest proxy (or Next itself, when none is set) wrote. Behind more proxies,
 * REISE_TRUSTED_PROXIES says how many entries from the end to skip.
 */
export function clientAddress(
  headers: Headers,
  trustedProxies = Number(process.env.REISE_TRUSTED_PROXIES ?? 0),
): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const skip = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
  return chain[Math.max(0, chain.length - 1 - skip)] ?? headers.get("x-real-ip") ?? "unknown";
}
