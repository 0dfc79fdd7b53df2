import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { normalizeSignInEmail } from "@/lib/validation/auth";
import { MAGIC_LINK_POLICY, PASSWORD_POLICY, blockDelayMs, secondsUntil, type ThrottlePolicy } from "@/lib/auth-throttle";

// Sign-in throttling stored in AuthThrottle (see lib/auth-throttle.ts for the
// policy). In the database rather than in memory, so it holds across a restart
// and across several app instances on one PostgreSQL.

export type ThrottleKey = { key: string; policy: ThrottlePolicy; clearOnSuccess: boolean };
export type ThrottleDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

type Db = Pick<PrismaClient, "authThrottle" | "$queryRaw" | "$executeRaw">;

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
    { key: digest("pw:account+address", account, address), policy: PASSWORD_POLICY.accountAddress, clearOnSuccess: true },
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

/** Refused while any of the keys is blocked; the wait is the longest of them. */
export async function checkThrottle(db: Db, keys: ThrottleKey[], now: Date): Promise<ThrottleDecision> {
  const rows = await db.authThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const wait = Math.max(0, ...rows.map((row) => secondsUntil(row.blockedUntil, now)));
  return wait > 0 ? { ok: false, retryAfterSeconds: wait } : { ok: true };
}

/**
 * Counts one failure on every key. The count is incremented in one statement
 * (concurrent failures each count), and starts again at 1 when the previous
 * failure is older than the window.
 */
export async function recordFailure(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const { key, policy } of keys) {
    const windowStart = new Date(now.getTime() - policy.windowMs);
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "AuthThrottle" ("key", "failures", "lastAt") VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "AuthThrottle"."lastAt" < ${windowStart} THEN 1 ELSE "AuthThrottle"."failures" + 1 END,
        "lastAt" = ${now}
      RETURNING "failures"`;
    const delay = blockDelayMs(policy, row.failures);
    if (delay > 0) {
      await db.authThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + delay) }, select: { key: true } });
    }
  }
  // Keeps the table small: nothing older than a day can matter to any policy.
  await db.$executeRaw`DELETE FROM "AuthThrottle" WHERE "lastAt" < ${new Date(now.getTime() - 24 * 60 * 60_000)}`;
}

/** A successful sign-in forgets the failures of that account. */
export async function clearOnSuccess(db: Db, keys: ThrottleKey[]): Promise<void> {
  const clear = keys.filter((k) => k.clearOnSuccess).map((k) => k.key);
  if (clear.length) await db.authThrottle.deleteMany({ where: { key: { in: clear } } });
}

/**
 * The caller's address: the last X-Forwarded-For entry, which is the one the
 * nearest proxy (or Next itself, when none is set) wrote. Behind more proxies,
 * REISE_TRUSTED_PROXIES says how many entries from the end to skip.
 */
export function clientAddress(headers: Headers, trustedProxies = Number(process.env.REISE_TRUSTED_PROXIES ?? 0)): string {
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  const skip = Number.isInteger(trustedProxies) && trustedProxies > 0 ? trustedProxies : 0;
  return chain[Math.max(0, chain.length - 1 - skip)] ?? headers.get("x-real-ip") ?? "unknown";
}
