// Which targets a run met. The command (not the test suite) enforces them: it
// exits non-zero when any check fails, so a regression is visible where it is measured.
import type { BenchResult, Check } from "./result";

export function checkTargets(result: Omit<BenchResult, "checks">): Check[] {
  const checks: Check[] = [];
  const add = (subject: string, metric: string, limit: number, actual: number) =>
    checks.push({ subject, metric, limit, actual, ok: actual <= limit });

  for (const route of result.routes) {
    if (route.status !== "measured" || !route.page) continue;
    const { p95Ms, overheadOfFloor, sqlP95Ms, htmlBytes } = route.targets;
    if (p95Ms !== undefined) add(route.id, "p95 ms", p95Ms, route.page.p95);
    if (sqlP95Ms !== undefined && route.sql && route.sql.failed === 0)
      add(route.id, "SQL p95 ms", sqlP95Ms, route.sql.p95);
    // A page whose SQL could not all be re-run has no honest overhead: none rather than a flattering one.
    if (overheadOfFloor !== undefined && result.floorMs && route.sql && route.sql.failed === 0) {
      const overhead = Math.round((route.page.p50 - route.sql.p50) * 10) / 10;
      add(route.id, "p50 − SQL p50 ms", Math.round(overheadOfFloor * result.floorMs * 10) / 10, overhead);
    }
    if (htmlBytes !== undefined && route.htmlBytes !== undefined)
      add(route.id, "HTML bytes", htmlBytes, route.htmlBytes);
    if (route.seqScans) add(route.id, "sequential scans of large tables", 0, route.seqScans.length);
  }
  for (const action of result.actions) {
    if (action.targets.p95Ms !== undefined) add(action.id, "p95 ms", action.targets.p95Ms, action.summary.p95);
  }
  for (const js of result.firstLoadJs)
    add(js.route, "first-load JS gzip bytes", result.firstLoadLimitBytes, js.gzipBytes);
  return checks;
}

export function failedChecks(checks: readonly Check[]): Check[] {
  return checks.filter((c) => !c.ok);
}
