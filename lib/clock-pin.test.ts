import { describe, expect, it } from "vitest";
import { clockPinFromEnv, installClockPin } from "./clock-pin";

const TUESDAY = "2026-11-24T10:00:00+01:00";

describe("clockPinFromEnv", () => {
  it("pins nothing without REISE_NOW", () => {
    expect(clockPinFromEnv({}, 1_000)).toBeNull();
    expect(clockPinFromEnv({ REISE_NOW: " " }, 1_000)).toBeNull();
  });

  it("refuses a value that is not an instant, saying what it expects", () => {
    for (const bad of ["tomorrow", "2026-11-24", "2026-13-45T10:00:00Z"]) {
      expect(() => clockPinFromEnv({ REISE_NOW: bad }, 1_000), bad).toThrow(/REISE_NOW must be an instant/);
    }
  });

  it("writes when the pin was taken, so the processes it starts share one offset", () => {
    const env: Record<string, string | undefined> = { REISE_NOW: TUESDAY };
    const first = clockPinFromEnv(env, 5_000_000);
    expect(env.REISE_NOW_SET_AT).toBe("5000000");
    // a child started 30 s later reads the same pin from the inherited environment
    const child = clockPinFromEnv({ ...env }, 5_030_000);
    expect(child).toEqual(first);
    expect(first).toEqual({ now: "2026-11-24T09:00:00.000Z", offsetMs: Date.parse(TUESDAY) - 5_000_000 });
  });
});

describe("installClockPin", () => {
  const pinned = () => {
    const host = { Date } as { Date: DateConstructor };
    const offset = Date.parse(TUESDAY) - Date.now();
    installClockPin(offset, host);
    return host;
  };

  it("makes now() and new Date() read the pinned instant, flowing at the real pace", async () => {
    const host = pinned();
    expect(Math.abs(host.Date.now() - Date.parse(TUESDAY))).toBeLessThan(1_000);
    expect(Math.abs(new host.Date().getTime() - Date.parse(TUESDAY))).toBeLessThan(1_000);
    const before = host.Date.now();
    await new Promise((r) => setTimeout(r, 25));
    expect(host.Date.now() - before).toBeGreaterThanOrEqual(20);
  });

  it("leaves dates built from a value alone and keeps instanceof true both ways", () => {
    const host = pinned();
    expect(new host.Date(0).getTime()).toBe(0);
    expect(new host.Date("2026-05-17T12:00:00Z").toISOString()).toBe("2026-05-17T12:00:00.000Z");
    expect(new host.Date(2026, 0, 1).getFullYear()).toBe(2026);
    expect(new Date() instanceof host.Date).toBe(true);
    expect(new host.Date() instanceof Date).toBe(true);
    expect(host.Date.UTC(2026, 0, 1)).toBe(Date.UTC(2026, 0, 1));
    expect(host.Date.parse(TUESDAY)).toBe(Date.parse(TUESDAY));
    expect((host.Date as unknown as () => string)()).toMatch(/2026/);
  });

  it("moves the same clock when installed twice, instead of shifting twice", () => {
    const host = pinned();
    installClockPin(Date.parse(TUESDAY) - Date.now(), host);
    expect(Math.abs(host.Date.now() - Date.parse(TUESDAY))).toBeLessThan(1_000);
  });
});
