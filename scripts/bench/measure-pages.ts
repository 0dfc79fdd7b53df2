// Times each page over HTTP, one request at a time (server time, not queueing),
// after warm-up, and keeps the SQL each timed request issued for the floor.
import { processCpuMs } from "./cpu-time";
import type { HttpSession } from "./http-session";
import { type CapturedQuery, logLength, readQueries } from "./query-log";
import { type RouteSpec, type SampleIds, type Who, routePath, routePattern } from "./routes";

export interface PageMeasurement {
  spec: RouteSpec;
  path: string;
  skipped?: string;
  samples: number[];
  /** The largest response body of the timed requests, uncompressed bytes. */
  bytes?: number;
  /** The server process's CPU time per timed request (Linux only; empty elsewhere). */
  cpu: number[];
  /** Per timed request, the queries it issued, in order. */
  queries: CapturedQuery[][];
}

export async function measurePage(
  spec: RouteSpec,
  sessions: Partial<Record<Who, HttpSession>>,
  ids: SampleIds,
  opts: { runs: number; warmup: number; queryLog: string; serverPid: number; built: Set<string> },
): Promise<PageMeasurement> {
  const session = sessions[spec.as];
  const base = {
    spec,
    path: spec.path,
    samples: [] as number[],
    cpu: [] as number[],
    queries: [] as CapturedQuery[][],
    bytes: undefined as number | undefined,
  };
  // Pages other helpers are still building are skipped, not failed; a 404 on a built page is a failure.
  if (!opts.built.has(routePattern(spec))) return { ...base, skipped: "route not built" };
  if (!session) return { ...base, skipped: `could not sign in as ${spec.as}` };
  let first: string;
  try {
    first = routePath(spec, ids, 0);
  } catch (error) {
    return { ...base, skipped: (error as Error).message };
  }
  const probe = await session.load(first);
  if (probe.status !== 200)
    throw new Error(`${spec.id}: GET ${first} answered ${probe.status}${probe.location ? ` → ${probe.location}` : ""}`);
  for (let i = 0; i < opts.warmup; i++) await session.load(routePath(spec, ids, i));
  for (let i = 0; i < opts.runs; i++) {
    const before = logLength(opts.queryLog);
    const cpuBefore = processCpuMs(opts.serverPid);
    const { status, ms, bytes } = await session.load(routePath(spec, ids, i));
    const cpuAfter = processCpuMs(opts.serverPid);
    if (status !== 200) throw new Error(`${spec.id}: request ${i} answered ${status}`);
    base.samples.push(ms);
    base.bytes = Math.max(base.bytes ?? 0, bytes);
    if (cpuBefore !== null && cpuAfter !== null) base.cpu.push(cpuAfter - cpuBefore);
    base.queries.push(readQueries(opts.queryLog, before, logLength(opts.queryLog)));
  }
  return base;
}
