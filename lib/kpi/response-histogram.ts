// Durations as histograms. First-response times: The dashboard reads speed to lead from
// per-day rows (LeadDayStat) instead of from every lead, so it cannot sort the
// minutes themselves: it counts them per bucket and reads the median and the
// 90th percentile from the counts. Counts stay exact; a percentile is exact
// up to 6 minutes (one bucket per whole minute, whose values are all its bound)
// and otherwise lies inside its bucket.
//
// Bucket 0 holds 0 minutes; bucket k holds (BOUNDS[k-1], BOUNDS[k]]; the last
// one everything above the last bound. The SQL that fills the buckets
// (migration dashboard_day_rows) spells the same bounds; a DB test compares them.

/**
 * Upper bounds in minutes, inclusive. Every SLA promise (lib/sla.ts) is a bound,
 * so "answered within the SLA" is a sum of whole buckets and stays exact.
 */
export const RESPONSE_BUCKET_BOUNDS = [
  0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880, 4320, 10080,
] as const;

export const RESPONSE_BUCKETS = RESPONSE_BUCKET_BOUNDS.length + 1;

/**
 * Bounds for the funnel's "time from creation to reaching a stage", in minutes
 * (fractions allowed): 0, 1 h, 4 h, then days up to a year. Every conversion
 * window (lib/kpi/filters.ts) is a bound, so "won within the window" is a sum of
 * whole buckets and stays exact.
 */
const DAY = 1440;
export const STAGE_TIME_BOUNDS = [
  0,
  60,
  240,
  DAY,
  2 * DAY,
  3 * DAY,
  5 * DAY,
  7 * DAY,
  10 * DAY,
  14 * DAY,
  21 * DAY,
  30 * DAY,
  45 * DAY,
  60 * DAY,
  90 * DAY,
  120 * DAY,
  180 * DAY,
  270 * DAY,
  365 * DAY,
] as const;

export const STAGE_TIME_BUCKETS = STAGE_TIME_BOUNDS.length + 1;

/** The bucket a value falls in: the first bound at or above it, or the open last one. */
export function bucketOf(value: number, bounds: readonly number[]): number {
  const i = bounds.findIndex((bound) => value <= bound);
  return i === -1 ? bounds.length : i;
}

/** The bucket a whole number of minutes to the first response falls in. */
export const responseBucket = (minutes: number) => bucketOf(minutes, RESPONSE_BUCKET_BOUNDS);

/** Values at most `limit`, which must be one of the bounds. */
export function countWithin(
  counts: readonly number[],
  limit: number,
  bounds: readonly number[] = RESPONSE_BUCKET_BOUNDS,
): number {
  const last = bounds.indexOf(limit);
  if (last === -1) throw new Error(`${limit} is not a bucket bound`);
  return counts.slice(0, last + 1).reduce((n, c) => n + c, 0);
}

/**
 * The p-th percentile (0–1) with percentile_cont's rule (linear between the two
 * nearest ranks), where the c values of bucket (lo, hi] are taken as evenly
 * spaced up to hi: lo + (hi − lo)·1/c, …, lo + (hi − lo)·c/c. A one-minute bucket
 * is therefore exact, and so is a lone value on a bound (30 min, 1 h). The open
 * last bucket ends at `max`, the largest value seen.
 */
export function histogramPercentile(
  counts: readonly number[],
  p: number,
  max: number | null,
  bounds: readonly number[] = RESPONSE_BUCKET_BOUNDS,
): number | null {
  const n = counts.reduce((sum, c) => sum + c, 0);
  if (n === 0) return null;
  const rank = p * (n - 1);
  const below = Math.floor(rank);
  const lower = valueAtRank(counts, below, max, bounds);
  return below === rank ? lower : lower + (rank - below) * (valueAtRank(counts, below + 1, max, bounds) - lower);
}

/** The value at 0-based rank `rank`, under the even-spacing assumption. */
function valueAtRank(counts: readonly number[], rank: number, max: number | null, bounds: readonly number[]): number {
  let seen = 0;
  for (let k = 0; k < counts.length; k++) {
    if (rank < seen + counts[k]) {
      if (k === 0) return 0;
      const lo = bounds[k - 1];
      // The open last bucket: up to the largest value seen, or taken as its lower bound when that is unknown.
      const hi = k < bounds.length ? bounds[k] : Math.max(max ?? lo, lo);
      // First responses are whole minutes: every value in a one-minute bucket is its bound.
      if (hi - lo <= 1) return hi;
      return lo + ((hi - lo) * (rank - seen + 1)) / counts[k];
    }
    seen += counts[k];
  }
  throw new Error("rank beyond the histogram");
}
