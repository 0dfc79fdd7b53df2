// Side by side of two runs: every metric either run has, with the change in percent.
import type { BenchResult } from "./result";

export interface Delta {
  subject: string;
  metric: string;
  a: number | null;
  b: number | null;
  /** (b − a) / a in percent; null when either side is missing. */
  changePct: number | null;
}

type Metrics = Map<string, number>;

function metricsOf(result: BenchResult): Metrics {
  const m: Metrics = new Map();
  for (const r of result.routes) {
    if (r.page) {
      m.set(`${r.id}\tpage p50 ms`, r.page.p50);
      m.set(`${r.id}\tpage p95 ms`, r.page.p95);
    }
    if (r.sql) m.set(`${r.id}\tSQL p95 ms`, r.sql.p95);
    if (r.pageCpu) m.set(`${r.id}\tpage CPU p50 ms`, r.pageCpu.p50);
  }
  for (const a of result.actions) {
    m.set(`${a.id}\tp50 ms`, a.summary.p50);
    m.set(`${a.id}\tp95 ms`, a.summary.p95);
    if (a.cpu) m.set(`${a.id}\tCPU p50 ms`, a.cpu.p50);
  }
  for (const js of result.firstLoadJs) m.set(`${js.route}\tfirst-load JS kB`, Math.round(js.gzipBytes / 102.4) / 10);
  return m;
}

export function compareResults(a: BenchResult, b: BenchResult): Delta[] {
  const ma = metricsOf(a);
  const mb = metricsOf(b);
  const keys = [...new Set([...ma.keys(), ...mb.keys()])];
  return keys.map((key) => {
    const [subject, metric] = key.split("\t");
    const va = ma.get(key) ?? null;
    const vb = mb.get(key) ?? null;
    const changePct = va !== null && vb !== null && va !== 0 ? Math.round(((vb - va) / va) * 1000) / 10 : null;
    return { subject, metric, a: va, b: vb, changePct };
  });
}

export function formatComparison(deltas: readonly Delta[], labels: [string, string]): string {
  const show = (v: number | null) => (v === null ? "–" : String(v));
  const rows = deltas.map((d) => [
    d.subject,
    d.metric,
    show(d.a),
    show(d.b),
    d.changePct === null ? "" : `${d.changePct > 0 ? "+" : ""}${d.changePct} %`,
  ]);
  const header = ["", "metric", labels[0], labels[1], "change"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}
