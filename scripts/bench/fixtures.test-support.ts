// A small run result for the pure-logic tests (targets, comparison).
import type { BenchResult } from "./result";

const summary = (p50: number, p95: number) => ({ n: 30, p50, p95, mean: p50, min: p50, max: p95 });

export function sampleResult(overrides: Partial<BenchResult> = {}): BenchResult {
  return {
    version: 1,
    startedAt: "2026-11-24T04:00:00.000Z",
    commit: "abc1234",
    machine: { cpus: 2, loadAverage: [1, 1, 1], node: "v22" },
    database: { kind: "pglite", counts: { Customer: 100_000 } },
    runs: 30,
    warmup: 5,
    routes: [
      {
        id: "leads",
        path: "/leads",
        as: "sales",
        status: "measured",
        page: summary(40, 60),
        htmlBytes: 90_000,
        sql: { ...summary(30, 50), queries: 4, failed: 0 },
        targets: { p95Ms: 100, overheadOfFloor: 1.5, htmlBytes: 120 * 1024 },
      },
      {
        id: "customer",
        path: "/customers/x",
        as: "sales",
        status: "skipped",
        reason: "route not built",
        targets: { p95Ms: 100 },
      },
    ],
    floorMs: 20,
    actions: [{ id: "follow-up", summary: summary(20, 30), targets: { p95Ms: 50 } }],
    firstLoadJs: [{ route: "/leads", gzipBytes: 150_000, files: 9 }],
    firstLoadLimitBytes: 200 * 1024,
    checks: [],
    ...overrides,
  };
}
