// The run as a table on the console (and, pasted, in BENCHMARKS.md), plus the JSON written to disk.
import type { PageScores } from "./summary";
import { type LighthouseCheck, TARGETS } from "./targets";

export interface PageResult {
  id: string;
  /** The path audited, ids filled in. */
  path: string;
  as: string;
  status: "audited" | "skipped" | "failed";
  reason?: string;
  scores?: PageScores;
}

export interface LighthouseResult {
  version: 1;
  startedAt: string;
  commit: string;
  lighthouse: string;
  chromium: string;
  /** How the browser reached the server: through the TLS + HTTP/2 front, or directly over HTTP/1.1. */
  connection: "https, HTTP/2 front" | "http/1.1, direct";
  machine: { cpus: number; loadAverage: number[]; node: string };
  pages: PageResult[];
  checks: LighthouseCheck[];
}

const kB = (bytes: number) => (bytes / 1024).toFixed(0);
const s = (ms: number) => (ms / 1000).toFixed(2);

export function formatTable(pages: PageResult[], failed: LighthouseCheck[]): string {
  const head = ["page", "as", "perf", "a11y", "FCP s", "LCP s", "TBT ms", "CLS", "kB", "JS kB", "JS ms", ""];
  const rows = pages.map((p) => {
    if (!p.scores) return [p.id, p.as, ...head.slice(2, -1).map(() => "–"), `${p.status}: ${p.reason ?? ""}`];
    const r = p.scores;
    const misses = failed.filter((c) => c.page === p.id).map((c) => c.metric);
    return [
      p.id,
      p.as,
      String(r.performance),
      String(r.accessibility),
      s(r.fcpMs),
      s(r.lcpMs),
      String(r.tbtMs),
      r.cls.toFixed(3),
      kB(r.transferBytes),
      kB(r.scriptBytes),
      String(r.jsMainThreadMs),
      misses.length ? `missed: ${misses.join(", ")}` : "ok",
    ];
  });
  return markdownTable(head, rows);
}

/** A Markdown table whose columns line up in a terminal too; numbers are right-aligned. */
export function markdownTable(head: string[], rows: string[][]): string {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = head.map((_, i) => i >= 2 && i < head.length - 1);
  const line = (cells: string[]) =>
    `| ${head.map((_, i) => (numeric[i] ? (cells[i] ?? "").padStart(width[i]) : (cells[i] ?? "").padEnd(width[i]))).join(" | ")} |`;
  const rule = `| ${width.map((w, i) => (numeric[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}

/** Per page, the LCP element and where its time went: what to look at first when LCP is late. */
export function formatLcp(pages: PageResult[]): string {
  return pages
    .filter((p) => p.scores)
    .map((p) => {
      const phases = Object.entries(p.scores!.lcpPhases ?? {})
        .map(([k, v]) => `${k} ${v} ms`)
        .join(", ");
      const element = (p.scores!.lcpElement ?? "?").replace(/\s+/g, " ").slice(0, 90);
      const a11y = p.scores!.a11yFailures.length ? `; a11y failed: ${p.scores!.a11yFailures.join(", ")}` : "";
      return `${p.id}: ${element}${phases ? ` (${phases})` : ""}${a11y}`;
    })
    .join("\n");
}

export const targetsLine = () =>
  `targets (mobile): performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, ` +
  `LCP ≤ ${s(TARGETS.lcpMs)} s, TBT ≤ ${TARGETS.tbtMs} ms, CLS ≤ ${TARGETS.cls}`;
