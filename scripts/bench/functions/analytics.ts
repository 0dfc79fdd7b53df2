import "server-only";
// Times the dashboard's server functions against a real database:
//   REISE_DATA_DIR=/tmp/bench/pglite \
//     npx tsx --conditions=react-server scripts/bench/functions/analytics.ts [runs] [range]
// (seed it first: REISE_DATA_DIR=/tmp/bench/pglite npm run seed -- --customers 100000).
// Runs the page's five chart functions and its options query the way the page
// does (all started together), as the manager, for the last 12 months by default.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { parseDashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { resolveDbConfig } from "@/server/db/config";
import { applyMigrations } from "@/server/db/migrate";
import { openSqlClient } from "@/server/db/sql";
import { getAfterPurchase } from "@/server/analytics/after-purchase";
import { getJourneyFunnel } from "@/server/analytics/funnel";
import { getDashboardOptions } from "@/server/analytics/options";
import { getPipeline } from "@/server/analytics/pipeline";
import { getSourceConversion } from "@/server/analytics/sources";
import { getSpeedToLead } from "@/server/analytics/speed";

const runs = Number(process.argv[2] ?? 20);
const range = process.argv[3] ?? "12m";
const config = resolveDbConfig();
const sql = await openSqlClient(config, "dashboard benchmark");
await applyMigrations(sql);
const db = new PrismaClient({
  adapter: sql.pglite
    ? new PrismaPGlite(sql.pglite)
    : new PrismaPg({ connectionString: (config as { url: string }).url }),
  log: process.env.BENCH_QUERIES ? [{ emit: "event", level: "query" }] : [],
});
// BENCH_QUERIES=1 prints every query's own time, to find the slow one (then EXPLAIN ANALYZE it).
if (process.env.BENCH_QUERIES) {
  db.$on("query" as never, (e: { duration: number; query: string }) =>
    console.log(`    ${String(e.duration).padStart(5)} ms  ${e.query.replace(/\s+/g, " ").slice(0, 110)}`),
  );
}
try {
  const who = await db.user.findFirstOrThrow({ where: { email: process.env.BENCH_USER ?? "manager@reise.test" } });
  const session: AppSession = {
    userId: who.id,
    role: who.role,
    email: who.email,
    name: who.name,
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: who.teamId,
    customerId: null,
  };
  const now = new Date();
  const filters = parseDashboardFilters({ range }, now);
  // Wall-clock time, and (sequential runs) this process's CPU time: PGlite runs in-process, so on a
  // busy machine CPU time is the better estimate of what the same work takes on an idle one.
  const timed = async <T>(name: string, fn: () => Promise<T>) => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(cpu);
    return [name, performance.now() - t, (used.user + used.system) / 1000] as const;
  };
  const calls: [string, () => Promise<unknown>][] = [
    ["options", () => getDashboardOptions(db, session)],
    ["funnel", () => getJourneyFunnel(db, session, filters, now)],
    ["sources", () => getSourceConversion(db, session, filters)],
    ["speed", () => getSpeedToLead(db, session, filters, now)],
    ["pipeline", () => getPipeline(db, session, filters, now)],
    ["afterPurchase", () => getAfterPurchase(db, session, filters, now)],
  ];
  // BENCH_SEQUENTIAL=1 runs them one after another, to see what each costs on its own.
  const page = async () => {
    if (!process.env.BENCH_SEQUENTIAL) return Promise.all(calls.map(([name, fn]) => timed(name, fn)));
    const out = [];
    for (const [name, fn] of calls) out.push(await timed(name, fn));
    return out;
  };
  await page(); // warm-up: the first run pays for reading pages from disk
  const totals: number[] = [];
  const each = new Map<string, number[]>();
  const cpuEach = new Map<string, number[]>();
  const cpuTotals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (const [name, ms, cpuMs] of await page()) {
      each.set(name, [...(each.get(name) ?? []), ms]);
      cpuEach.set(name, [...(cpuEach.get(name) ?? []), cpuMs]);
    }
    totals.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTotals.push((used.user + used.system) / 1000);
  }
  const pct = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];
  console.log(
    `${config.kind}, ${session.role}, range ${range}, ${runs} runs, ${process.env.BENCH_SEQUENTIAL ? "one after another" : "all started together, as the page does"} (ms)`,
  );
  const line = (name: string, xs: number[], cpu: number[]) =>
    console.log(
      `  ${name.padEnd(14)} wall p50 ${pct(xs, 0.5).toFixed(0).padStart(5)}  p95 ${pct(xs, 0.95).toFixed(0).padStart(5)}   cpu p50 ${pct(cpu, 0.5).toFixed(0).padStart(5)}  p95 ${pct(cpu, 0.95).toFixed(0).padStart(5)}`,
    );
  if (process.env.BENCH_SEQUENTIAL) for (const [name, xs] of each) line(name, xs, cpuEach.get(name)!);
  line("page total", totals, cpuTotals);
} finally {
  await db.$disconnect();
  await sql.close();
}
