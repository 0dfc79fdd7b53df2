// One measuring pass: sample ids, the server (pages + their SQL captured), then,
// with the server stopped, the SQL floor and the follow-up action in-process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { openSqlClient, type SqlRunner } from "@/server/db/sql";
import type { Dataset } from "./dataset";
import { builtRoutes } from "./first-load-js";
import { timeFollowUps } from "./follow-up-action";
import { HttpSession } from "./http-session";
import { type PageMeasurement, measurePage } from "./measure-pages";
import type { ActionResult, RouteResult } from "./result";
import { ACTION_TARGETS, ROUTES, targetsFor, type Who } from "./routes";
import { readCounts, readSampleIds } from "./sample-ids";
import { startServer } from "./server";
import { largeSeqScans, replayRequests } from "./sql-floor";
import { summarize } from "./stats";
import { datasetClock } from "./dataset-clock";

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
  const [ids, counts, seededAt] = await Promise.all([readSampleIds(sql), readCounts(sql), readDatasetMoment(sql)]);
  // Every run signs in from 127.0.0.1 as several users; the address's count of sign-ins is not reset by
  // a success (server/auth/throttle.ts), so runs close together would be refused as one place trying
  // many accounts. The bench database is the bench's own.
  await sql.query(`DELETE FROM "AuthThrottle"`);
  await sql.close();
  const clock = datasetClock(seededAt, Date.now());
  if (clock.REISE_NOW) console.log(`clock: the server runs from ${clock.REISE_NOW}, when the dataset was seeded`);

  const built = builtRoutes(path.join(root, ".next"));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "reise-bench-"));
  const queryLog = path.join(work, "queries.jsonl");
  const outbox = path.join(work, "outbox");
  const server = await startServer(root, opts.port, {
    ...dataset.env,
    ...clock,
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
  const engine = dataset.config.kind;
  try {
    const routes: RouteResult[] = [];
    // With --explain, every statement's plan is checked for sequential scans of large tables.
    const tableRows = opts.explain ? await readTableRows(sql) : null;
    for (const m of pages) {
      const base = { id: m.spec.id, path: m.spec.path, as: m.spec.as, targets: targetsFor(m.spec.targets, engine) };
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
      const seqScans = tableRows && floor.plans ? largeSeqScans(await floor.plans(), tableRows) : undefined;
      if (seqScans?.length)
        console.error(`${m.spec.id}: sequential scans of large tables:\n  ${seqScans.join("\n  ")}`);
      routes.push({
        ...base,
        status: "measured",
        page: summarize(m.samples),
        htmlBytes: m.bytes,
        ...(seqScans ? { seqScans } : {}),
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
        targets: targetsFor(ACTION_TARGETS["follow-up"], engine),
      },
    ];
    const floorRoute = routes.find((r) => ROUTES.find((spec) => spec.id === r.id)?.floor && r.page);
    return { counts, routes, actions, floorMs: floorRoute?.page?.p50 };
  } finally {
    await sql.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function readTableRows(sql: SqlRunner) {
  const rows = await sql.query<{ name: string; rows: number }>(
    `SELECT c.relname AS name, c.reltuples::float8 AS rows FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`,
  );
  return new Map(rows.map((r) => [r.name, Number(r.rows)]));
}

/** When the dataset was seeded: its newest lead's creation time (the seeder's "now"). */
async function readDatasetMoment(sql: Awaited<ReturnType<typeof openSqlClient>>): Promise<Date | null> {
  const [row] = await sql.query<{ at: Date | string | null }>(`SELECT max("createdAt") AS at FROM "Lead"`);
  return row?.at ? new Date(row.at) : null;
}
