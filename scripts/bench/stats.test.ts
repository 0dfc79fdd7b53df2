import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats";

describe("percentile", () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("takes the nearest rank, so the result is a measured value", () => {
    expect(percentile(oneToHundred, 0.5)).toBe(50);
    expect(percentile(oneToHundred, 0.95)).toBe(95);
    expect(percentile([10, 20, 30], 0.5)).toBe(20);
    expect(percentile([10, 20, 30], 0.95)).toBe(30);
  });

  it("handles the edges and refuses an empty sample", () => {
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile(oneToHundred, 0)).toBe(1);
    expect(percentile(oneToHundred, 1)).toBe(100);
    expect(() => percentile([], 0.5)).toThrow(/empty/);
  });
});

describe("summarize", () => {
  it("sorts a copy and rounds to a tenth of a millisecond", () => {
    const samples = [3.14159, 1, 2, 100, 4];
    expect(summarize(samples)).toEqual({ n: 5, p50: 3.1, p95: 100, mean: 22, min: 1, max: 100 });
    expect(samples[0]).toBe(3.14159);
  });
});
