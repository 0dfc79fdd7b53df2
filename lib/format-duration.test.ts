import { describe, expect, it } from "vitest";
import { formatOpenTime, formatWaiting } from "./format-duration";

describe("formatWaiting", () => {
  // minutes → [en, nb, da]
  const cases: [number, string, string, string][] = [
    [0, "0 min", "0 min", "0 min"],
    [45, "45 min", "45 min", "45 min"],
    [59, "59 min", "59 min", "59 min"],
    [60, "1 h", "1 t", "1 t"],
    [192, "3 h 12 min", "3 t 12 min", "3 t 12 min"], // 3 × 60 + 12
    [1439, "23 h 59 min", "23 t 59 min", "23 t 59 min"], // one minute short of a day
    [1440, "1 d", "1 d", "1 d"],
    [3120, "2 d 4 h", "2 d 4 t", "2 d 4 t"], // 2 × 1440 + 4 × 60
    [3159, "2 d 4 h", "2 d 4 t", "2 d 4 t"], // + 39 min, dropped: two units at most
    [2885, "2 d", "2 d", "2 d"], // 2 d 0 h 5 min: the minutes are dropped too
    [3850, "2 d 16 h", "2 d 16 t", "2 d 16 t"], // Friday 16:50 → Monday 09:00
  ];

  it.each(cases)("%i min → %s / %s / %s", (minutes, en, nb, da) => {
    expect(formatWaiting(minutes, "en")).toBe(en);
    expect(formatWaiting(minutes, "nb")).toBe(nb);
    expect(formatWaiting(minutes, "da")).toBe(da);
  });

  it("drops fractions instead of rounding up", () => {
    expect(formatWaiting(45.9, "en")).toBe("45 min");
    expect(formatWaiting(59.99, "nb")).toBe("59 min");
  });

  it("reads nonsense as 0 min rather than breaking a row", () => {
    expect(formatWaiting(-5, "en")).toBe("0 min");
    expect(formatWaiting(Number.NaN, "da")).toBe("0 min");
    expect(formatWaiting(Number.POSITIVE_INFINITY, "nb")).toBe("0 min");
  });

  it("writes large numbers as plain digits", () => {
    // 100 days = 144 000 min
    expect(formatWaiting(144_000, "nb")).toBe("100 d");
  });
});

describe("formatOpenTime", () => {
  it("says business time in hours and minutes, never in days that read as calendar days", () => {
    expect(formatOpenTime(12, "en")).toBe("12 min");
    expect(formatOpenTime(60, "en")).toBe("1 h");
    expect(formatOpenTime(28 * 60 + 10, "en")).toBe("28 h 10 min");
    expect(formatOpenTime(28 * 60 + 10, "nb")).toBe("28 t 10 min");
    expect(formatOpenTime(-5, "da")).toBe("0 min");
  });
});
