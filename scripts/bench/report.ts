// The run as a table on the console.
import type { BenchResult } from "./result";

const ms = (v: number | undefined) => (v === undefined ? "–" : v.toFixed(1));

export function formatReport(result: BenchResult): string {
  const lines: string[] = [];
  const counts = Object.entries(result.database.counts)
    .map(([k, v]) => `${k} ${v.toLocaleString("en")}`)
    .join(", ");
  lines.push(`${result.database.kind}: ${counts}`);
  lines.push(
    `${result.runs} timed requests per route after ${result.warmup} warm-up, one at a time; load average ${result.machine.loadAverage.map((l) => l.toFixed(1)).join(" ")} on ${result.machine.cpus} CPUs`,
  );
  lines.push("");
  lines.push("wall time (ms), and CPU time (ms) of the server process / of the SQL re-run:");
  lines.push(
    `${"route".padEnd(19)} ${"as".padEnd(8)} ${"page p50".padStart(9)} ${"p95".padStart(7)}  ${"SQL p50".padStart(8)} ${"p95".padStart(7)} ${"queries".padStart(7)}  ${"HTML kB".padStart(8)} ${"page−SQL p50".padStart(12)}  ${"cpu page p50".padStart(12)} ${"SQL p50".padStart(7)}`,
  );
  for (const r of result.routes) {
    if (r.status === "skipped") {
      lines.push(`${r.id.padEnd(19)} ${r.as.padEnd(8)} skipped: ${r.reason}`);
      continue;
    }
    const html = r.htmlBytes === undefined ? "–" : (r.htmlBytes / 1024).toFixed(1);
    // What the request costs beyond its SQL (session, React, the RSC payload), held to 1.5× the floor.
    const overhead = r.page && r.sql ? r.page.p50 - r.sql.p50 : undefined;
    const failed = r.sql?.failed ? ` (${r.sql.failed} failed to re-run)` : "";
    lines.push(
      `${r.id.padEnd(19)} ${r.as.padEnd(8)} ${ms(r.page?.p50).padStart(9)} ${ms(r.page?.p95).padStart(7)}  ` +
        `${ms(r.sql?.p50).padStart(8)} ${ms(r.sql?.p95).padStart(7)} ${String(r.sql?.queries ?? "–").padStart(7)}  ${html.padStart(8)} ${ms(overhead).padStart(12)}  ${ms(r.pageCpu?.p50).padStart(12)} ${ms(r.sqlCpu?.p50).padStart(7)}${failed}`,
    );
  }
  if (result.floorMs !== undefined)
    lines.push(
      `floor (the smallest signed-in page, p50): ${ms(result.floorMs)} ms; overhead limit 1.5× = ${ms(result.floorMs * 1.5)} ms`,
    );
  for (const a of result.actions) {
    lines.push(
      `${a.id.padEnd(19)} ${"action".padEnd(8)} ${ms(a.summary.p50).padStart(9)} ${ms(a.summary.p95).padStart(7)}${" ".repeat(53)}${ms(a.cpu?.p50).padStart(12)}`,
    );
  }
  lines.push("");
  lines.push("first-load JS (gzip):");
  for (const js of result.firstLoadJs)
    lines.push(`  ${js.route.padEnd(22)} ${(js.gzipBytes / 1024).toFixed(1).padStart(7)} kB  (${js.files} files)`);
  lines.push("");
  if (result.importThroughput) {
    const i = result.importThroughput;
    lines.push(
      `customer import (embedded database): ${i.rows} rows in ${((i.checkMs + i.importMs) / 1000).toFixed(1)} s ` +
        `(check ${(i.checkMs / 1000).toFixed(1)} s, import ${(i.importMs / 1000).toFixed(1)} s): ${i.rowsPerSecond} rows/s`,
    );
    lines.push("");
  }
  const failed = result.checks.filter((c) => !c.ok);
  lines.push(`targets: ${result.checks.length - failed.length}/${result.checks.length} met`);
  for (const c of failed) lines.push(`  MISSED  ${c.subject}: ${c.metric} ${c.actual} > ${c.limit}`);
  return lines.join("\n");
}
