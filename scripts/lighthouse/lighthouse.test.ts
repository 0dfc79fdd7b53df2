import { describe, expect, it } from "vitest";
import { medianRun } from "./median";
import { formatLcp, formatTable, type PageResult } from "./report";
import { lighthouseArgs } from "./run-lighthouse";
import { type Lhr, type PageScores, summarizeLhr } from "./summary";
import { checkPage, failedChecks, failedPage } from "./targets";

// The parts of a Lighthouse 12 result (LHR) the script reads, shaped as Lighthouse writes them.
function lhr(over: { perf?: number | null; lcp?: number; tbt?: number; cls?: number; a11yFailed?: string } = {}): Lhr {
  return {
    categories: {
      performance: { score: over.perf === undefined ? 0.97 : over.perf },
      accessibility: {
        score: over.a11yFailed ? 0.92 : 1,
        auditRefs: [
          { id: "color-contrast", weight: 7 },
          { id: "label", weight: 7 },
          { id: "bypass", weight: 0 },
        ],
      },
    },
    audits: {
      "first-contentful-paint": { numericValue: 1012.4 },
      "largest-contentful-paint": { numericValue: over.lcp ?? 1850.6 },
      "total-blocking-time": { numericValue: over.tbt ?? 120.2 },
      "cumulative-layout-shift": { numericValue: over.cls ?? 0.01234 },
      "total-byte-weight": { numericValue: 180_000 },
      "bootup-time": { numericValue: 410.7 },
      "color-contrast": { score: over.a11yFailed === "color-contrast" ? 0 : 1 },
      label: { score: 1 },
      bypass: { score: 0 },
      "network-requests": {
        details: {
          type: "table",
          items: [
            { resourceType: "Document", transferSize: 20_000 },
            { resourceType: "Script", transferSize: 100_000 },
            { resourceType: "Script", transferSize: 40_000 },
            { resourceType: "Font", transferSize: 20_000 },
          ],
        },
      },
      "largest-contentful-paint-element": {
        details: {
          type: "list",
          items: [
            { type: "table", items: [{ node: { type: "node", selector: "main > h1", snippet: '<h1 class="x">' } }] },
            {
              type: "table",
              items: [
                { phase: "TTFB", timing: 600.4 },
                { phase: "Render Delay", timing: 1250.2 },
              ],
            },
          ],
        },
      },
    },
  };
}

describe("summarizeLhr", () => {
  it("keeps the scores, the metrics, the bytes by type and the LCP element with its phases", () => {
    expect(summarizeLhr(lhr())).toEqual({
      performance: 97,
      accessibility: 100,
      fcpMs: 1012,
      lcpMs: 1851,
      tbtMs: 120,
      cls: 0.012,
      transferBytes: 180_000,
      scriptBytes: 140_000,
      htmlBytes: 20_000,
      jsMainThreadMs: 411,
      lcpElement: '<h1 class="x">',
      lcpPhases: { TTFB: 600, "Render Delay": 1250 },
      a11yFailures: [],
    });
  });

  it("names the failed accessibility audits that count (weight > 0), and a page Lighthouse could not score is 0", () => {
    const s = summarizeLhr({
      ...lhr({ perf: null, a11yFailed: "color-contrast" }),
      runtimeError: { message: "NO_FCP" },
    });
    expect(s.performance).toBe(0);
    expect(s.a11yFailures).toEqual(["color-contrast"]);
    expect(s.error).toBe("NO_FCP");
  });
});

describe("checkPage", () => {
  it("passes a page on target, including the exact limits", () => {
    const s = { ...summarizeLhr(lhr({ lcp: 2000, tbt: 150, cls: 0.05, perf: 0.95 })) };
    expect(failedChecks(checkPage("leads", s))).toEqual([]);
  });

  it("fails each metric just past its limit", () => {
    const s = summarizeLhr(lhr({ perf: 0.94, lcp: 2001, tbt: 151, cls: 0.051, a11yFailed: "color-contrast" }));
    expect(failedChecks(checkPage("leads", s)).map((c) => `${c.metric} ${c.actual}/${c.limit}`)).toEqual([
      "performance 94/95",
      "accessibility 92/100",
      "LCP ms 2001/2000",
      "TBT ms 151/150",
      "CLS 0.051/0.05",
    ]);
  });
});

describe("report", () => {
  const scores = summarizeLhr(lhr({ tbt: 300 }));
  const pages: PageResult[] = [
    { id: "leads", path: "/leads", as: "sales", status: "audited", scores },
    { id: "agenda", path: "/agenda", as: "sales", status: "skipped", reason: "route not built" },
  ];

  it("prints one aligned Markdown row per page with what it missed", () => {
    const table = formatTable(pages, failedChecks(checkPage("leads", scores)));
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^\| page +\| as +\| perf \| a11y \| FCP s \| LCP s \| TBT ms \|/);
    expect(lines[2]).toContain("|   97 |  100 |  1.01 |  1.85 |    300 | 0.012 |");
    expect(lines[2]).toContain("missed: TBT ms");
    expect(lines[3]).toContain("skipped: route not built");
    expect(new Set(lines.slice(0, 3).map((l) => l.length)).size).toBe(1);
  });

  it("shows a page that could not be audited as failed, and counts it as a miss", () => {
    const failed: PageResult = {
      id: "settings",
      path: "/settings",
      as: "manager",
      status: "failed",
      reason: "GET answered 307",
    };
    expect(formatTable([failed], [failedPage("settings")])).toContain("failed: GET answered 307");
    expect(failedChecks([failedPage("settings")])).toHaveLength(1);
  });

  it("names the LCP element and its phases per audited page", () => {
    expect(formatLcp(pages)).toBe('leads: <h1 class="x"> (TTFB 600 ms, Render Delay 1250 ms)');
  });
});

describe("medianRun and the CLI's arguments", () => {
  it("keeps the middle run by performance score", () => {
    const run = (performance: number) => ({ performance, lcpMs: 1000 }) as PageScores;
    expect(medianRun([run(90), run(99), run(95)]).performance).toBe(95);
    expect(medianRun([run(90)]).performance).toBe(90);
  });

  it("audits the mobile default with the session cookie on every request", () => {
    const args = lighthouseArgs("http://127.0.0.1:3231/leads", "/tmp/x.json", "a=1; b=2");
    expect(args[0]).toBe("http://127.0.0.1:3231/leads");
    expect(args).toContain('--extra-headers={"Cookie":"a=1; b=2"}');
    expect(args).toContain("--only-categories=performance,accessibility");
    expect(args.some((a) => a.startsWith("--preset") || a.startsWith("--form-factor"))).toBe(false);
    expect(args.join(" ")).not.toContain("--ignore-certificate-errors");
  });

  it("keeps chrome-launcher's disabled features but lets Chromium's RenderDocument be on", () => {
    const flags = lighthouseArgs("http://127.0.0.1:3231/leads", "/tmp/x.json", "a=1").find((a) =>
      a.startsWith("--chrome-flags="),
    )!;
    const features = /--disable-features=(\S+)/.exec(flags)![1].split(",");
    expect(features).toEqual(expect.arrayContaining(["Translate", "OptimizationHints", "MediaRouter"]));
    expect(features).not.toContain("RenderDocument");
  });

  it("accepts the TLS front's own certificate on the loopback, and no other", () => {
    const front = lighthouseArgs("https://127.0.0.1:40123/leads", "/tmp/x.json", "a=1");
    expect(front.find((a) => a.startsWith("--chrome-flags="))).toMatch(/ --ignore-certificate-errors$/);
    const elsewhere = lighthouseArgs("https://crm.example.com/leads", "/tmp/x.json", "a=1");
    expect(elsewhere.join(" ")).not.toContain("--ignore-certificate-errors");
  });
});
