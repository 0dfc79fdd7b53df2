// One measuring pass: sample ids, the server (pages + their SQL captured), then,
// with the server stopped, the SQL floor and the follow-up action in-process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { openSqlClient } from "@/server/db/sql";
import type { Dataset } from "./dataset";
import { builtRoutes } from "./first-load-js";
import { timeFollowUps } from "./follow-up-action";
import { HttpSession } from "./http-session";
import { type PageMeasurement, measurePage } from "./measure-pages";
import type { ActionResult, RouteResult } from "./result";
import { ACTION_TARGETS, ROUTES, type Who } from "./routes";
import { readCounts, readSampleIds } from "./sample-ids";
import { startServer } from "./server";
import { replayRequests } from "./sql-floor";
import { summarize } from "./stats";

const LOGINS: Record<Who, string> = {
  sales: "sales@reise.test",
  manager: "manager@reise.test",
  customer: "customer@reise.test",
};
const PASSWORD = "reise-demo";
const ACTION_WARMUP = 20;
const maybeSummary = (xs: number[]) => (xs.length ? summarize(xs) : undefined);

export async function measureAll(
  root: string,
  dataset: Dataset,
  opts: { runs: number; warmup: number; port: number; explain?: string; only?: string[] },
) {
  let sql = await openSqlClient(dataset.config, "benchmark");
  const [ids, counts] = await Promise.all([readSampleIds(sql), readCounts(sql)]);
  await sql.close();

  const built = builtRoutes(path.join(root, ".next"));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "reise-bench-"));
  const queryLog = path.join(work, "queries.jsonl");
  const outbox = path.join(work, "outbox");
  const server = await startServer(root, opts.port, {
    ...dataset.env,
    REISE_QUERY_LOG: queryLog,
    REISE_OUTBOX_DIR: outbox,
    NEXTAUTH_SECRET: "reise-bench-only-secret",
  });
  const pages: PageMeasurement[] = [];
  try {
    const sessions: Partial<Record<Who, HttpSession>> = {};
    for (const who of new Set(ROUTES.map((r) => r.as))) {
      const session = new HttpSession(server.baseUrl);
      try {
        if (who === "customer") await session.signInCustomer(LOGINS[who], outbox);
        else await session.signInStaff(LOGINS[who], PASSWORD);
        sessions[who] = session;
      } catch (error) {
        console.error(`sign-in as ${who}: ${(error as Error).message}`);
      }
    }
    for (const spec of ROUTES) {
      if (opts.only && !opts.only.includes(spec.id)) {
        pages.push({ spec, path: spec.path, skipped: "not in --only", samples: [], cpu: [], queries: [] });
        continue;
      }
      const m = await measurePage(spec, sessions, ids, { ...opts, queryLog, serverPid: server.pid, built });
      console.log(
        m.skipped ? `${spec.id}: skipped: ${m.skipped}` : `${spec.id}: page p95 ${summarize(m.samples).p95} ms`,
      );
      pages.push(m);
    }
  } finally {
    await server.stop();
  }

  sql = await openSqlClient(dataset.config, "benchmark");
  try {
    const routes: RouteResult[] = [];
    for (const m of pages) {
      const base = { id: m.spec.id, path: m.spec.path, as: m.spec.as, targets: m.spec.targets };
      if (m.skipped) {
        routes.push({ ...base, status: "skipped", reason: m.skipped });
        continue;
      }
      const floor = await replayRequests(sql, m.queries, opts.warmup);
      if (opts.explain && floor.explain) {
        fs.writeFileSync(path.join(opts.explain, `${m.spec.id}.txt`), (await floor.explain()).join("\n\n"));
      }
      if (floor.firstError)
        console.error(`${m.spec.id}: ${floor.failed} queries failed to re-run; first: ${floor.firstError}`);
      const perRequest = Math.round(floor.queries / Math.max(1, m.queries.length));
      routes.push({
        ...base,
        status: "measured",
        page: summarize(m.samples),
        pageCpu: maybeSummary(m.cpu),
        sqlCpu: maybeSummary(floor.cpu),
        sql: { ...summarize(floor.samples), queries: perRequest, failed: floor.failed, slowest: floor.slowest },
      });
    }
    const db = new PrismaClient({
      adapter: sql.pglite
        ? new PrismaPGlite(sql.pglite)
        : new PrismaPg({ connectionString: (dataset.config as { url: string }).url }),
    });
    // At least 20 warm-up calls: this process runs the action for the first time, and its first
    // dozen calls are 2–4× slower while V8 compiles the path (p95 21–53 ms with 5, 11 ms with 15);
    // the server it stands for has long been warm.
    const followUps = await timeFollowUps(
      db,
      LOGINS.sales,
      ids.leadId,
      opts.runs,
      Math.max(opts.warmup, ACTION_WARMUP),
    );
    await db.$disconnect();
    const actions: ActionResult[] = [
      {
        id: "follow-up",
        summary: summarize(followUps.wall),
        cpu: summarize(followUps.cpu),
        targets: ACTION_TARGETS["follow-up"],
      },
    ];
    return { counts, routes, actions };
  } finally {
    await sql.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
