// The shape of one `npm run bench` run as written to bench/results/<timestamp>.json.
// Two files of this shape can be compared (npm run bench -- --compare a.json b.json).
import type { ImportThroughput } from "./import-throughput";
import type { Summary } from "./stats";

export interface Targets {
  /** Page (or action) p95 in ms. */
  p95Ms?: number;
  /**
   * What the page costs beyond its SQL (its p50 minus its SQL's p50) at most this many times the
   * floor: the p50 of the smallest signed-in page in the same run. A ratio to the SQL alone cannot
   * be met when the SQL takes 5 ms; the floor is what any signed-in request costs on this server.
   */
  overheadOfFloor?: number;
  /** The p95 of the SQL the page issues, in ms (all its statements, run again one after the other). */
  sqlP95Ms?: number;
  /** The page's HTML, uncompressed, at most this many bytes (a 50-row list: 120 kB). */
  htmlBytes?: number;
}

export interface RouteResult {
  id: string;
  path: string;
  as: string;
  status: "measured" | "skipped";
  /** Why it was skipped, e.g. "route not built" (a 404). */
  reason?: string;
  page?: Summary;
  /** Bytes of the response body, uncompressed (the largest of the timed requests). */
  htmlBytes?: number;
  /** With --explain: sequential scans of large tables found in the plans of the page's statements. */
  seqScans?: string[];
  /** CPU time of the server process per request (Linux; with PGlite it includes the database). */
  pageCpu?: Summary;
  /** The page's own SQL, captured from the server's query log and re-run directly (the floor). */
  sql?: Summary & { queries: number; failed: number; slowest?: { query: string; ms: number }[] };
  sqlCpu?: Summary;
  targets: Targets;
}

export interface ActionResult {
  id: string;
  summary: Summary;
  cpu?: Summary;
  targets: Targets;
}

export interface FirstLoadJs {
  route: string;
  gzipBytes: number;
  files: number;
}

export interface Check {
  subject: string;
  metric: string;
  limit: number;
  actual: number;
  ok: boolean;
}

export interface BenchResult {
  version: 1;
  startedAt: string;
  commit: string;
  machine: { cpus: number; loadAverage: number[]; node: string };
  database: { kind: string; counts: Record<string, number> };
  runs: number;
  warmup: number;
  routes: RouteResult[];
  /** The smallest signed-in page's p50 in this run (ms): the floor every page's overhead is held to. */
  floorMs?: number;
  actions: ActionResult[];
  firstLoadJs: FirstLoadJs[];
  /** A generated 100,000-row file through the customer import (scripts/bench/import-throughput.ts). */
  importThroughput?: ImportThroughput;
  /** First-load JS limit for every route, gzip bytes. */
  firstLoadLimitBytes: number;
  checks: Check[];
}
