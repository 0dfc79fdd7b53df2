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
  /** Every distinct statement's plan (EXPLAIN ANALYZE), for the sequential-scan check. */
  plans?: () => Promise<{ query: string; plan: string }[]>;
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
  result.plans = async () => {
    const plans: { query: string; plan: string }[] = [];
    for (const [query, params] of paramsOf) {
      if (!/^\s*(SELECT|WITH)\b/i.test(query)) continue;
      try {
        // Run, as the replay above ran it (reads only): a scan's figures say how much of its table it read.
        const rows = await sql.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE) ${query}`, params);
        plans.push({ query: query.replace(/\s+/g, " "), plan: rows.map((r) => r["QUERY PLAN"]).join("\n") });
      } catch {
        // A statement that failed to re-run is already counted in `failed`.
      }
    }
    return plans;
  };
  return result;
}

/** Tables with more rows than this are large: a sequential scan of one on a request path is a finding. */
export const LARGE_TABLE_ROWS = 10_000;

/**
 * "Seq Scan on <table>" lines of the plans whose table is large and that read more than a large
 * table's worth of rows (see rowsRead); `rows` from pg_class.reltuples.
 */
export function largeSeqScans(plans: { query: string; plan: string }[], rows: Map<string, number>): string[] {
  const found: string[] = [];
  for (const { query, plan } of plans) {
    const lines = plan.split("\n");
    lines.forEach((line, i) => {
      const table = line.match(/Seq Scan on "?(\w+)"?/)?.[1];
      if (!table || (rows.get(table) ?? 0) <= LARGE_TABLE_ROWS) return;
      const read = rowsRead(line, lines.slice(i + 1));
      if (read === null || read > LARGE_TABLE_ROWS) found.push(`${table} in: ${query.slice(0, 160)}`);
    });
  }
  return [...new Set(found)];
}

/**
 * The rows a scan node read, from EXPLAIN ANALYZE: the rows it returned plus those its filter
 * removed, times its loops. A scan under a LIMIT that stops after a capped count's thousand rows
 * reads no more than an index would, and is not a scan of the table; one that reads more than
 * LARGE_TABLE_ROWS is. Null without ANALYZE figures: then every scan of a large table counts.
 */
function rowsRead(node: string, below: string[]): number | null {
  const actual = node.match(/actual time=[\d.]+\.\.[\d.]+ rows=([\d.]+) loops=(\d+)/);
  if (!actual) return null;
  const indent = node.search(/\S/);
  let removed = 0;
  for (const line of below) {
    if (line.search(/\S/) <= indent || line.trimStart().startsWith("->")) break;
    const m = line.match(/Rows Removed by Filter: (\d+)/);
    if (m) removed = Number(m[1]);
  }
  return (Number(actual[1]) + removed) * Number(actual[2]);
}
