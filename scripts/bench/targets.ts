// Which targets a run met. The command (not the test suite) enforces them: it
// exits non-zero when any check fails, so a regression is visible where it is measured.
import type { BenchResult, Check } from "./result";

export function checkTargets(result: Omit<BenchResult, "checks">): Check[] {
  const checks: Check[] = [];
  const add = (subject: string, metric: string, limit: number, actual: number) =>
    checks.push({ subject, metric, limit, actual, ok: actual <= limit });

  for (const route of result.routes) {
    if (route.status !== "measured" || !route.page) continue;
    const { p95Ms, sqlRatio, sqlP95Ms } = route.targets;
    if (p95Ms !== undefined) add(route.id, "p95 ms", p95Ms, route.page.p95);
    if (sqlP95Ms !== undefined && route.sql && route.sql.failed === 0)
      add(route.id, "SQL p95 ms", sqlP95Ms, route.sql.p95);
    // A page whose SQL could not all be re-run has no honest floor: no ratio rather than a flattering one.
    if (sqlRatio !== undefined && route.sql && route.sql.failed === 0 && route.sql.p95 > 0) {
      add(route.id, "page/SQL p95", sqlRatio, Math.round((route.page.p95 / route.sql.p95) * 100) / 100);
    }
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
