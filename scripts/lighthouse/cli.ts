// npm run lighthouse [-- --only leads,dashboard --runs 3 --port 3231 --rebuild --reseed --reuse --skip-build --keep
//   --direct]
// Seeds (or reuses) the 100k-customer benchmark database, builds if the sources changed,
// starts the production server behind a TLS + HTTP/2 front as production's proxy is (--direct:
// plain HTTP/1.1 to the server), signs in as each role through the real login, audits every
// signed-in page with Lighthouse (mobile), prints the table, writes
// bench/results/lighthouse-<timestamp>.json, and exits 1 when a target is missed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openSqlClient } from "@/server/db/sql";
import { benchDataset, ensureSeeded, upkeepAsEachNight } from "../bench/dataset";
import { builtRoutes } from "../bench/first-load-js";
import { HttpSession } from "../bench/http-session";
import type { SampleIds, Who } from "../bench/routes";
import { readSampleIds } from "../bench/sample-ids";
import { buildIfStale, startServer } from "../bench/server";
import { medianRun } from "./median";
import { PAGES } from "./pages";
import { formatLcp, formatTable, type LighthouseResult, type PageResult, targetsLine } from "./report";
import { runLighthouse, versions } from "./run-lighthouse";
import { summarizeLhr } from "./summary";
import { startTlsFront, type TlsFront } from "./tls-front";
import { checkPage, failedChecks, failedPage } from "./targets";

const root = path.resolve(import.meta.dirname, "..", "..");
const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "100000" },
    port: { type: "string", default: "3231" },
    runs: { type: "string", default: "1" },
    only: { type: "string" },
    reseed: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    /** Audit .next as it is, e.g. an earlier build kept for a before/after comparison. */
    "skip-build": { type: "boolean", default: false },
    /** Keep every run's whole Lighthouse report, trace and devtools log beside the summary. */
    keep: { type: "boolean", default: false },
    /** Audit the server itself over HTTP/1.1, without the TLS + HTTP/2 front (tls-front.ts). */
    direct: { type: "boolean", default: false },
  },
});
const LOGINS: Record<Who, string> = {
  sales: "sales@reise.test",
  manager: "manager@reise.test",
  customer: "customer@reise.test",
};

const dataset = benchDataset(root);
await ensureSeeded(root, dataset, Number(values.customers.replace(/[_,]/g, "")), values.reseed, values.reuse);
await upkeepAsEachNight(dataset.config);
if (!values["skip-build"]) buildIfStale(root, values.rebuild);
const sql = await openSqlClient(dataset.config, "benchmark");
const ids = await readSampleIds(sql);
await sql.close();

const only = values.only?.split(",").map((s) => s.trim());
const pages = PAGES.filter((p) => !only || only.includes(p.id));
const built = builtRoutes(path.join(root, ".next"));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "reise-lighthouse-"));
const outbox = path.join(work, "outbox");
const started = new Date();
const server = await startServer(root, Number(values.port), {
  ...dataset.env,
  REISE_OUTBOX_DIR: outbox,
  NEXTAUTH_SECRET: "reise-bench-only-secret",
});
let front: TlsFront | undefined;
const results: PageResult[] = [];
try {
  front = values.direct ? undefined : await startTlsFront(Number(values.port));
  const sessions = new Map<Who, HttpSession>();
  for (const who of new Set(pages.map((p) => p.as))) {
    const session = new HttpSession(server.baseUrl);
    if (who === "customer") await session.signInCustomer(LOGINS[who], outbox);
    else await session.signInStaff(LOGINS[who], "reise-demo");
    sessions.set(who, session);
  }
  for (const page of pages) {
    const base = { id: page.id, as: page.as, path: fillIds(page.path, ids) };
    if (!built.has(page.path.replace(/:(\w+)/g, "[$1]"))) {
      results.push({ ...base, status: "skipped", reason: "route not built" });
      continue;
    }
    try {
      results.push({ ...base, status: "audited", scores: await audit(base.path, sessions.get(page.as)!) });
    } catch (error) {
      // One page that cannot be audited is a miss, not the end of the run.
      console.error(`${page.id}: ${(error as Error).message}`);
      results.push({ ...base, status: "failed", reason: (error as Error).message });
    }
  }
} finally {
  await front?.close();
  await server.stop();
}

const checks = results.flatMap((r) =>
  r.scores ? checkPage(r.id, r.scores) : r.status === "failed" ? [failedPage(r.id)] : [],
);
const failed = failedChecks(checks);
const result: LighthouseResult = {
  version: 1,
  startedAt: started.toISOString(),
  commit: gitHead(),
  ...versions(root),
  connection: front ? "https, HTTP/2 front" : "http/1.1, direct",
  machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
  pages: results,
  checks,
};
const outDir = path.join(root, "bench", "results");
fs.mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, `lighthouse-${started.toISOString().replace(/[:.]/g, "-")}.json`);
fs.writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
const reports = outFile.replace(/\.json$/, "");
if (values.keep) {
  fs.mkdirSync(reports);
  for (const file of fs.readdirSync(work).filter((f) => f.endsWith(".json")))
    fs.copyFileSync(path.join(work, file), path.join(reports, file));
}
fs.rmSync(work, { recursive: true, force: true });
console.log(
  `\nLighthouse ${result.lighthouse}, ${result.chromium}, mobile, ${result.connection}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(`${targetsLine()}\n\n${formatTable(results, failed)}\n\nLCP element per page:\n${formatLcp(results)}`);
console.log(
  `\nwritten to ${path.relative(process.cwd(), outFile)}${values.keep ? ` (reports in ${path.relative(process.cwd(), reports)}/)` : ""}`,
);
if (failed.length) console.log(`\n${failed.length} target(s) missed`);
process.exit(failed.length ? 1 : 0);

async function audit(pathname: string, session: HttpSession) {
  // A warm server, as a rep meets it: the first request of a route loads its code.
  for (let i = 0; i < 2; i++) {
    const res = await session.load(pathname);
    if (res.status !== 200) throw new Error(`GET ${pathname} answered ${res.status}`);
  }
  const runs = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const out = path.join(work, `${pathname.replace(/\W+/g, "_")}-${i}.json`);
    runs.push(
      summarizeLhr(
        await runLighthouse(root, (front?.origin ?? server.baseUrl) + pathname, session.cookieHeader(), out, {
          trace: values.keep,
        }),
      ),
    );
  }
  const scores = medianRun(runs);
  console.log(
    `${pathname}: performance ${scores.performance}, LCP ${scores.lcpMs} ms, TBT ${scores.tbtMs} ms (load ${os.loadavg()[0].toFixed(1)})`,
  );
  return scores;
}

function fillIds(pathname: string, sample: SampleIds): string {
  return pathname.replace(/:(leadId|customerId|orderId)/g, (_, key: keyof SampleIds) => {
    if (!sample[key].length) throw new Error(`no sample ${key} in the benchmark database`);
    return sample[key][0];
  });
}

function gitHead(): string {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" });
  const dirty = spawnSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).stdout.trim();
  return `${git.stdout.trim() || "unknown"}${dirty ? "+changes" : ""}`;
}
