import { describe, expect, it } from "vitest";
import { PASSWORD_POLICY, blockDelayMs, secondsUntil, throttledMinutes, tooManyAttemptsError } from "./auth-throttle";

describe("sign-in throttle policy", () => {
  const policy = PASSWORD_POLICY.accountAddress;

  it("lets the first failures through, then blocks for a delay that doubles up to the cap", () => {
    expect([1, 2, 3, 4].map((n) => blockDelayMs(policy, n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10].map((n) => blockDelayMs(policy, n) / 1000)).toEqual([30, 60, 120, 240, 300, 300]);
    expect(blockDelayMs(policy, 10_000)).toBe(5 * 60_000);
  });

  it("never blocks the real user's account for more than a few minutes at a time", () => {
    for (const p of Object.values(PASSWORD_POLICY)) expect(blockDelayMs(p, 1_000)).toBeLessThanOrEqual(15 * 60_000);
    expect(blockDelayMs(PASSWORD_POLICY.account, 1_000)).toBeLessThanOrEqual(5 * 60_000);
  });

  it("rounds the wait up to whole seconds and minutes for the form", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    expect(secondsUntil(new Date(now.getTime() + 1_200), now)).toBe(2);
    expect(secondsUntil(new Date(now.getTime() - 1), now)).toBe(0);
    expect(secondsUntil(null, now)).toBe(0);
    expect(throttledMinutes(tooManyAttemptsError(30))).toBe(1);
    expect(throttledMinutes(tooManyAttemptsError(121))).toBe(3);
    expect(throttledMinutes("CredentialsSignin")).toBeNull();
    expect(throttledMinutes(null)).toBeNull();
  });
});
