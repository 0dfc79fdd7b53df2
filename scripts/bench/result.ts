// The shape of one `npm run bench` run as written to bench/results/<timestamp>.json.
// Two files of this shape can be compared (npm run bench -- --compare a.json b.json).
import type { ImportThroughput } from "./import-throughput";
import type { Summary } from "./stats";

export interface Targets {
  /** Page (or action) p95 in ms. */
  p95Ms?: number;
  /** Page p95 at most this many times the p95 of the SQL the page issues. */
  sqlRatio?: number;
  /** The p95 of the SQL the page issues, in ms (all its statements, run again one after the other). */
  sqlP95Ms?: number;
}

export interface RouteResult {
  id: string;
  path: string;
  as: string;
  status: "measured" | "skipped";
  /** Why it was skipped, e.g. "route not built" (a 404). */
  reason?: string;
  page?: Summary;
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
  actions: ActionResult[];
  firstLoadJs: FirstLoadJs[];
  /** A generated 100,000-row file through the customer import (scripts/bench/import-throughput.ts). */
  importThroughput?: ImportThroughput;
  /** First-load JS limit for every route, gzip bytes. */
  firstLoadLimitBytes: number;
  checks: Check[];
}
