// Percentiles of a sample of timings. Nearest-rank (the value at rank ⌈p·n⌉),
// so a p95 is always a time that was actually measured, never an interpolation.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("percentile of an empty sample");
  if (p <= 0) return sorted[0];
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1];
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
  };
}
