// npm run bench [-- --customers 100000 --runs 40 --warmup 5 --port 3230 --reseed --reuse --rebuild --explain
//                   --only leads,lead
//                   --import-rows 100000 (0: skip the customer import's throughput)]
// npm run bench -- --compare bench/results/a.json bench/results/b.json
// Seeds (or reuses) the bench database, builds and starts the production server,
// times each page and the SQL under it, the follow-up action and first-load JS,
// writes bench/results/<timestamp>.json, and exits 1 when a target is missed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { compareResults, formatComparison } from "./compare";
import { benchDataset, ensureSeeded, upkeepAsEachNight } from "./dataset";
import { readFirstLoadJs } from "./first-load-js";
import { formatReport } from "./report";
import type { BenchResult } from "./result";
import { FIRST_LOAD_LIMIT_BYTES } from "./routes";
import { measureAll } from "./run";
import { checkTargets, failedChecks } from "./targets";
import { buildIfStale } from "./server";
import { measureImportThroughput } from "./import-throughput";

const root = path.resolve(import.meta.dirname, "..", "..");
const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "100000" },
    runs: { type: "string", default: "40" },
    warmup: { type: "string", default: "5" },
    port: { type: "string", default: "3230" },
    reseed: { type: "boolean", default: false },
    /** Measure the database as it is: no fingerprint check, no reseed (say so when quoting the numbers). */
    reuse: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    compare: { type: "boolean", default: false },
    /** Writes EXPLAIN ANALYZE of each route's slowest statements to bench/results/<timestamp>-plans/. */
    explain: { type: "boolean", default: false },
    /** Only these routes (comma-separated ids from routes.ts), e.g. --only leads,lead; the rest are skipped. */
    only: { type: "string" },
    "import-rows": { type: "string", default: "100000" },
  },
  allowPositionals: true,
});

if (values.compare) {
  const files = process.argv.slice(2).filter((a) => a.endsWith(".json"));
  if (files.length !== 2) throw new Error("--compare needs two result files");
  const [a, b] = files.map((f) => JSON.parse(fs.readFileSync(f, "utf8")) as BenchResult);
  console.log(
    formatComparison(compareResults(a, b), [path.basename(files[0], ".json"), path.basename(files[1], ".json")]),
  );
  process.exit(0);
}

const customers = Number(values.customers.replace(/[_,]/g, ""));
const dataset = benchDataset(root);
await ensureSeeded(root, dataset, customers, values.reseed, values.reuse);
await upkeepAsEachNight(dataset.config);
buildIfStale(root, values.rebuild);
const firstLoadJs = readFirstLoadJs(path.join(root, ".next"));
const started = new Date();
const stamp = started.toISOString().replace(/[:.]/g, "-");
const outDir = path.join(root, "bench", "results");
const plansDir = values.explain ? path.join(outDir, `${stamp}-plans`) : undefined;
if (plansDir) fs.mkdirSync(plansDir, { recursive: true });
const measured = await measureAll(root, dataset, {
  runs: Number(values.runs),
  warmup: Number(values.warmup),
  port: Number(values.port),
  explain: plansDir,
  only: values.only?.split(",").map((s) => s.trim()),
});

const importRows = Number(values["import-rows"].replace(/[_,]/g, ""));
const importThroughput = importRows > 0 ? await measureImportThroughput(importRows) : undefined;

const partial: Omit<BenchResult, "checks"> = {
  version: 1,
  startedAt: started.toISOString(),
  commit: gitHead(),
  machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
  database: { kind: dataset.config.kind, counts: measured.counts },
  runs: Number(values.runs),
  warmup: Number(values.warmup),
  routes: measured.routes,
  floorMs: measured.floorMs,
  actions: measured.actions,
  firstLoadJs,
  firstLoadLimitBytes: FIRST_LOAD_LIMIT_BYTES,
  importThroughput,
};
const result: BenchResult = { ...partial, checks: checkTargets(partial) };
fs.mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `${stamp}.json`);
fs.writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\n${formatReport(result)}\n\nwritten to ${path.relative(process.cwd(), outFile)}`);
process.exit(failedChecks(result.checks).length ? 1 : 0);

function gitHead(): string {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" });
  const dirty = spawnSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).stdout.trim();
  return `${git.stdout.trim() || "unknown"}${dirty ? "+changes" : ""}`;
}
