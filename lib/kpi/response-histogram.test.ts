import { describe, expect, it } from "vitest";
import { DEFAULT_SLA_MINUTES } from "@/lib/sla";
import {
  countWithin,
  histogramPercentile,
  RESPONSE_BUCKET_BOUNDS,
  RESPONSE_BUCKETS,
  responseBucket,
} from "./response-histogram";

const histogram = (minutes: number[]) => {
  const counts = Array<number>(RESPONSE_BUCKETS).fill(0);
  for (const m of minutes) counts[responseBucket(m)]++;
  return counts;
};

describe("response histogram", () => {
  it("puts a value in the bucket (previous bound, bound]", () => {
    expect([0, 1, 7, 8, 9, 16, 20, 21, 10080, 10081].map(responseBucket)).toEqual([0, 1, 7, 7, 8, 11, 11, 12, 27, 28]);
  });

  it("has every SLA promise as a bound, so 'within the SLA' is whole buckets", () => {
    for (const minutes of Object.values(DEFAULT_SLA_MINUTES)) expect(RESPONSE_BUCKET_BOUNDS).toContain(minutes);
    const counts = histogram([10, 15, 16, 30, 59, 60, 61]);
    expect([countWithin(counts, 15), countWithin(counts, 30), countWithin(counts, 60)]).toEqual([2, 4, 6]);
    expect(() => countWithin(counts, 45)).toThrow(/not a bucket bound/);
  });

  it("is exact where each value sits on a bound or in a one-minute bucket", () => {
    // 10, 20, 30, 90: median (20 + 30) / 2 = 25; p90 rank 2.7 → 30 + 0.7 × 60 = 72, as percentile_cont.
    const counts = histogram([10, 20, 30, 90]);
    expect(histogramPercentile(counts, 0.5, 90)).toBe(25);
    expect(histogramPercentile(counts, 0.9, 90)).toBeCloseTo(72);
    expect(histogramPercentile(histogram([1, 2, 3, 5, 6]), 0.5, 6)).toBe(3);
    // Several answers in one one-minute bucket are all that minute (the minutes are whole): chat answers
    // of 3, 3, 3, 4, 4, 5, 5, 5 have the median 4, as percentile_cont says, not 3.5 → "3" on the card.
    expect(histogramPercentile(histogram([3, 3, 3, 4, 4, 5, 5, 5]), 0.5, 5)).toBe(4);
    expect(histogramPercentile(histogram([2, 2, 2, 2]), 0.9, 2)).toBe(2);
  });

  it("spaces values inside a wider bucket evenly up to its bound", () => {
    // 22, 23, 24 all fall in (20, 25]: taken as 21.67, 23.33, 25 → median 23.33 (exact: 23).
    expect(histogramPercentile(histogram([22, 23, 24]), 0.5, 24)).toBeCloseTo(20 + 5 * (2 / 3));
    // The open last bucket ends at the largest value seen: one lead at 20 000 min.
    expect(histogramPercentile(histogram([20_000]), 0.5, 20_000)).toBe(20_000);
  });

  it("has no percentile without answers", () => {
    expect(histogramPercentile(histogram([]), 0.5, null)).toBeNull();
  });
});
