/**
 * The server's clock for a dataset seeded `seededAt`: pinned to that moment (lib/clock-pin.ts) when
 * it is more than an hour old. On the real clock a reused dataset's response clocks have all run
 * out since, so the job runner spent the run planning and sending their alerts (the SLA sweep, 500
 * leads a sweep), and the query log counted its queries with the page's: the smallest page showed
 * 569 queries and 1 s. At the seeded moment the data is as the seeder meant it and the runner idle.
 */
export function datasetClock(seededAt: Date | null, now: number): { REISE_NOW?: string } {
  if (!seededAt || now - seededAt.getTime() < 3_600_000) return {};
  return { REISE_NOW: seededAt.toISOString() };
}
