// Issue 19's targets for the default (mobile) Lighthouse profile, and the check
// of one page's numbers against them.
import type { PageScores } from "./summary";

export interface LighthouseTargets {
  /** Performance score, 0–100, at least. */
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

export const TARGETS: LighthouseTargets = { performance: 95, accessibility: 100, lcpMs: 2000, tbtMs: 150, cls: 0.05 };

export interface LighthouseCheck {
  page: string;
  metric: "performance" | "accessibility" | "LCP ms" | "TBT ms" | "CLS";
  actual: number;
  limit: number;
  ok: boolean;
}

export function checkPage(page: string, s: PageScores, t: LighthouseTargets = TARGETS): LighthouseCheck[] {
  const atLeast = (metric: LighthouseCheck["metric"], actual: number, limit: number) => ({
    page,
    metric,
    actual,
    limit,
    ok: actual >= limit,
  });
  const atMost = (metric: LighthouseCheck["metric"], actual: number, limit: number) => ({
    page,
    metric,
    actual,
    limit,
    ok: actual <= limit,
  });
  return [
    atLeast("performance", s.performance, t.performance),
    atLeast("accessibility", s.accessibility, t.accessibility),
    atMost("LCP ms", s.lcpMs, t.lcpMs),
    atMost("TBT ms", s.tbtMs, t.tbtMs),
    atMost("CLS", s.cls, t.cls),
  ];
}

/** A page that could not be audited (an error, a redirect) misses its performance target. */
export const failedPage = (page: string): LighthouseCheck => ({
  page,
  metric: "performance",
  actual: 0,
  limit: TARGETS.performance,
  ok: false,
});

export const failedChecks = (checks: LighthouseCheck[]) => checks.filter((c) => !c.ok);
