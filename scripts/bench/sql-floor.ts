// The floor under a page: the SQL it issued, re-run directly on the same
// database, one statement after another, with no HTTP, React or Prisma in between.
import type { SqlRunner } from "@/server/db/sql";
import { ownCpuMs } from "./cpu-time";
import type { CapturedQuery } from "./query-log";

// Transaction control is the server's bookkeeping, not the page's data.
const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET\s+TRANSACTION)\b/i;

export interface FloorResult {
  /** Per request: the time its SQL took when re-run. */
  samples: number[];
  /** This process's CPU time per request (PGlite runs in it; for PostgreSQL it is only the client's share). */
  cpu: number[];
  queries: number;
  failed: number;
  firstError?: string;
  /** The statements that took longest on average per request, to start an EXPLAIN ANALYZE from. */
  slowest: { query: string; ms: number }[];
  /** EXPLAIN (ANALYZE, BUFFERS) of the slowest statements, with the parameters they first ran with. */
  explain?: () => Promise<string[]>;
}

export async function replayRequests(
  sql: SqlRunner,
  requests: CapturedQuery[][],
  warmup: number,
): Promise<FloorResult> {
  const result: FloorResult = { samples: [], cpu: [], queries: 0, failed: 0, slowest: [] };
  const byText = new Map<string, number>();
  const paramsOf = new Map<string, unknown[]>();
  const run = async (queries: CapturedQuery[], record: boolean) => {
    let total = 0;
    const cpuStart = ownCpuMs();
    for (const q of queries) {
      if (CONTROL.test(q.query)) continue;
      const start = performance.now();
      try {
        await sql.query(q.query, q.params);
      } catch (error) {
        if (record) {
          result.failed++;
          result.firstError ??= `${(error as Error).message.split("\n")[0]} in: ${q.query.slice(0, 120)}`;
        }
      }
      const ms = performance.now() - start;
      total += ms;
      if (record) {
        result.queries++;
        byText.set(q.query, (byText.get(q.query) ?? 0) + ms);
        if (!paramsOf.has(q.query)) paramsOf.set(q.query, q.params);
      }
    }
    if (record) {
      result.samples.push(total);
      result.cpu.push(ownCpuMs() - cpuStart);
    }
  };
  for (let i = 0; i < Math.min(warmup, requests.length); i++) await run(requests[i], false);
  for (const queries of requests) await run(queries, true);
  const slowest = [...byText].sort((a, b) => b[1] - a[1]).slice(0, 3);
  result.slowest = slowest.map(([query, ms]) => ({
    query: query.replace(/\s+/g, " ").slice(0, 400),
    ms: Math.round((ms / requests.length) * 10) / 10,
  }));
  result.explain = async () => {
    const plans: string[] = [];
    for (const [query] of slowest) {
      const rows = await sql.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${query}`,
        paramsOf.get(query),
      );
      plans.push(
        `${query.replace(/\s+/g, " ")}\n  params: ${JSON.stringify(paramsOf.get(query))}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`,
      );
    }
    return plans;
  };
  return result;
}
