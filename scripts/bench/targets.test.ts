import { describe, expect, it } from "vitest";
import { sampleResult } from "./fixtures.test-support";
import { checkTargets, failedChecks } from "./targets";

describe("checkTargets", () => {
  it("checks p95, the page/SQL ratio, actions and first-load JS; skipped routes are not failures", () => {
    const checks = checkTargets(sampleResult());
    expect(checks.map((c) => `${c.subject} ${c.metric} ${c.actual}/${c.limit} ${c.ok}`)).toEqual([
      "leads p95 ms 60/100 true",
      "leads page/SQL p95 1.2/1.5 true",
      "follow-up p95 ms 30/50 true",
      `/leads first-load JS gzip bytes 150000/${200 * 1024} true`,
    ]);
    expect(failedChecks(checks)).toEqual([]);
  });

  it("fails a slow page, a page far above its SQL, a slow action and a heavy route", () => {
    const base = sampleResult();
    const result = sampleResult({
      routes: [{ ...base.routes[0], page: { ...base.routes[0].page!, p95: 101 } }],
      actions: [{ ...base.actions[0], summary: { ...base.actions[0].summary, p95: 51 } }],
      firstLoadJs: [{ route: "/dashboard", gzipBytes: 200 * 1024 + 1, files: 12 }],
    });
    expect(failedChecks(checkTargets(result)).map((c) => `${c.subject} ${c.metric}`)).toEqual([
      "leads p95 ms",
      "leads page/SQL p95",
      "follow-up p95 ms",
      "/dashboard first-load JS gzip bytes",
    ]);
  });

  it("gives no ratio when some of the page's SQL could not be re-run", () => {
    const base = sampleResult();
    const result = sampleResult({ routes: [{ ...base.routes[0], sql: { ...base.routes[0].sql!, failed: 1 } }] });
    expect(checkTargets(result).some((c) => c.metric === "page/SQL p95")).toBe(false);
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
});
