import { describe, expect, it } from "vitest";
import { sampleResult } from "./fixtures.test-support";
import { ACTION_TARGETS, ROUTES, targetsFor } from "./routes";
import { largeSeqScans } from "./sql-floor";
import { checkTargets, failedChecks } from "./targets";

describe("checkTargets", () => {
  it("checks p95, the overhead over the floor, HTML size, actions and first-load JS; skipped routes are not failures", () => {
    const checks = checkTargets(sampleResult());
    expect(checks.map((c) => `${c.subject} ${c.metric} ${c.actual}/${c.limit} ${c.ok}`)).toEqual([
      "leads p95 ms 60/100 true",
      // p50 40 − SQL p50 30 = 10 ms beyond the SQL, against 1.5 × the 20 ms floor.
      "leads p50 − SQL p50 ms 10/30 true",
      `leads HTML bytes 90000/${120 * 1024} true`,
      "follow-up p95 ms 30/50 true",
      `/leads first-load JS gzip bytes 150000/${200 * 1024} true`,
    ]);
    expect(failedChecks(checks)).toEqual([]);
  });

  it("fails a slow page, a page that costs far more than the floor, a heavy list, a slow action and a heavy route", () => {
    const base = sampleResult();
    const result = sampleResult({
      routes: [
        {
          ...base.routes[0],
          page: { ...base.routes[0].page!, p50: 61, p95: 101 },
          htmlBytes: 120 * 1024 + 1,
        },
      ],
      actions: [{ ...base.actions[0], summary: { ...base.actions[0].summary, p95: 51 } }],
      firstLoadJs: [{ route: "/dashboard", gzipBytes: 200 * 1024 + 1, files: 12 }],
    });
    expect(failedChecks(checkTargets(result)).map((c) => `${c.subject} ${c.metric}`)).toEqual([
      "leads p95 ms",
      "leads p50 − SQL p50 ms",
      "leads HTML bytes",
      "follow-up p95 ms",
      "/dashboard first-load JS gzip bytes",
    ]);
  });

  it("gives no overhead when some of the page's SQL could not be re-run, or the run has no floor", () => {
    const base = sampleResult();
    const failed = sampleResult({ routes: [{ ...base.routes[0], sql: { ...base.routes[0].sql!, failed: 1 } }] });
    expect(checkTargets(failed).some((c) => c.metric === "p50 − SQL p50 ms")).toBe(false);
    expect(checkTargets(sampleResult({ floorMs: undefined })).some((c) => c.metric === "p50 − SQL p50 ms")).toBe(false);
  });

  it("holds a route's SQL to its own limit when it has one (the bell's list query: 20 ms)", () => {
    const base = sampleResult();
    const route = base.routes[0];
    const check = (sqlP95: number) =>
      checkTargets(
        sampleResult({
          routes: [{ ...route, targets: { sqlP95Ms: 20 }, sql: { ...route.sql!, p95: sqlP95 } }],
        }),
      ).filter((c) => c.metric === "SQL p95 ms");
    expect(check(12)).toEqual([{ subject: "leads", metric: "SQL p95 ms", limit: 20, actual: 12, ok: true }]);
    expect(check(21)[0].ok).toBe(false);
  });

  it("fails a route whose plans scan a large table from end to end (--explain)", () => {
    const base = sampleResult();
    const scans = largeSeqScans(
      [
        {
          query: 'SELECT * FROM "Customer" WHERE lower(city) LIKE $1',
          plan: 'Seq Scan on "Customer"  (cost=0.00..1.00)',
        },
        { query: 'SELECT * FROM "Team"', plan: 'Seq Scan on "Team"  (cost=0.00..1.00)' },
        { query: 'SELECT * FROM "Lead" WHERE id = $1', plan: 'Index Scan using "Lead_pkey" on "Lead"' },
      ],
      new Map([
        ["Customer", 1_000_000],
        ["Team", 4],
        ["Lead", 2_000_000],
      ]),
    );
    expect(scans).toEqual(['Customer in: SELECT * FROM "Customer" WHERE lower(city) LIKE $1']);
    // With EXPLAIN ANALYZE figures: a capped count's scan that stopped after 2,214 rows is not a scan
    // of the table; one that read 60,000 rows is.
    const capped = (returned: number, removed: number) =>
      [
        "Aggregate  (cost=115.57..115.58 rows=1 width=4) (actual time=1.1..1.1 rows=1.00 loops=1)",
        "  ->  Limit  (cost=0.00..103.05 rows=1001 width=4) (actual time=0.02..0.9 rows=1001.00 loops=1)",
        `        ->  Seq Scan on "Customer" c  (cost=0.00..4617.00 rows=44847 width=4) (actual time=0.022..0.672 rows=${returned}.00 loops=1)`,
        `              Filter: (("erasedAt" IS NULL) AND ("teamId" = 'x'::uuid))`,
        `              Rows Removed by Filter: ${removed}`,
        "              Buffers: shared hit=86",
        "Planning Time: 0.232 ms",
      ].join("\n");
    const count = 'SELECT count(*) FROM (SELECT 1 FROM "Customer" c LIMIT 1001) x';
    const customers = new Map([["Customer", 100_000]]);
    expect(largeSeqScans([{ query: count, plan: capped(1001, 1213) }], customers)).toEqual([]);
    expect(largeSeqScans([{ query: count, plan: capped(1001, 59_000) }], customers)).toEqual([`Customer in: ${count}`]);
    const result = sampleResult({ routes: [{ ...base.routes[0], seqScans: scans }] });
    expect(failedChecks(checkTargets(result)).map((c) => `${c.subject} ${c.metric} ${c.actual}`)).toEqual([
      "leads sequential scans of large tables 1",
    ]);
  });
});

describe("the targets per engine", () => {
  it("hold PostgreSQL at 1M customers to 100 ms and the embedded database at 100k to 50 ms", () => {
    const leads = ROUTES.find((r) => r.id === "leads")!;
    expect(targetsFor(leads.targets, "postgres").p95Ms).toBe(100);
    expect(targetsFor(leads.targets, "pglite").p95Ms).toBe(50);
    expect(targetsFor(leads.targets, "pglite").htmlBytes).toBe(120 * 1024);
    const dashboard = ROUTES.find((r) => r.id === "dashboard")!;
    expect([targetsFor(dashboard.targets, "postgres").p95Ms, targetsFor(dashboard.targets, "pglite").p95Ms]).toEqual([
      300, 150,
    ]);
    expect(targetsFor(ACTION_TARGETS["follow-up"], "pglite").p95Ms).toBe(30);
    expect(targetsFor(ACTION_TARGETS["follow-up"], "postgres").p95Ms).toBe(50);
    expect(ROUTES.filter((r) => r.floor).map((r) => r.path)).toEqual(["/account"]);
  });
});
