// How sign-in attempts are throttled (server/auth/throttle.ts stores the
// counts). Each key allows `threshold` failures; every failure after that
// blocks the key for a delay that doubles, capped at `maxDelayMs`. A key is
// forgotten once `windowMs` passes without a failure, and a successful sign-in
// clears the keys of that account.
//
// Why three keys for passwords: account+address slows someone guessing at one
// account from one place after a handful of tries, without touching the real
// user signing in from elsewhere; the address key stops one place trying many
// accounts; the account key, with a higher threshold, stops a guesser who
// spreads over many addresses. An attacker can make that last key block the
// real user, but only for minutes at a time (the cap), never for long.

export type ThrottlePolicy = { threshold: number; windowMs: number; baseDelayMs: number; maxDelayMs: number };

const MINUTE = 60_000;

export const PASSWORD_POLICY = {
  accountAddress: { threshold: 5, windowMs: 15 * MINUTE, baseDelayMs: 30_000, maxDelayMs: 5 * MINUTE },
  account: { threshold: 20, windowMs: 15 * MINUTE, baseDelayMs: 30_000, maxDelayMs: 5 * MINUTE },
  address: { threshold: 50, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: 15 * MINUTE },
} satisfies Record<string, ThrottlePolicy>;

// Every link request counts (we cannot tell a "failed" one), so the
// thresholds are what a person plausibly needs: a few resends per inbox.
export const MAGIC_LINK_POLICY = {
  email: { threshold: 5, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: 10 * MINUTE },
  address: { threshold: 30, windowMs: 15 * MINUTE, baseDelayMs: MINUTE, maxDelayMs: 15 * MINUTE },
} satisfies Record<string, ThrottlePolicy>;

/** How long a key is blocked after its `failures`-th failure in a row; 0 below the threshold. */
export function blockDelayMs(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.threshold) return 0;
  const doublings = Math.min(failures - policy.threshold, 30);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** doublings);
}

/** Whole seconds until `blockedUntil`, at least 1 while blocked; 0 when not blocked. */
export function secondsUntil(blockedUntil: Date | null, now: Date): number {
  if (!blockedUntil) return 0;
  const ms = blockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

// The error code the sign-in route answers a throttled attempt with; the
// login form reads the wait from it ("TooManyAttempts:120").
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

export function tooManyAttemptsError(retryAfterSeconds: number): string {
  return `${TOO_MANY_ATTEMPTS}:${retryAfterSeconds}`;
}

/** The wait in whole minutes (at least 1) when `error` is a throttle answer, else null. */
export function throttledMinutes(error: string | null | undefined): number | null {
  const match = error?.match(/^TooManyAttempts:(\d+)$/);
  return match ? Math.max(1, Math.ceil(Number(match[1]) / 60)) : null;
}
