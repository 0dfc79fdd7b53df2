import "server-only";
// Times the top bar's search against a real database, the server function only (no HTTP):
//   REISE_DATA_DIR=data/bench/pglite npx tsx --conditions=react-server scripts/bench/functions/search.ts [runs]
// npm run bench times the same search through GET /api/search (routes.ts: search-*).
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { globalSearch } from "@/server/search/global-search";

export type Timing = { label: string; runs: number; p50: number; p95: number };

/** Queries as reps type them: a surname, an accent left out, a phone with 0047, an order's digits. */
async function sampleQueries(db: PrismaClient): Promise<string[]> {
  const phones = await db.customer.findMany({
    where: { phone: { startsWith: "+47" } },
    take: 10,
    select: { phone: true },
  });
  const orders = await db.order.findMany({ take: 10, orderBy: { placedAt: "desc" }, select: { number: true } });
  return [
    "hansen",
    "muller",
    "ole hans",
    "bjorn",
    "an",
    ...phones.map((p) => `0047 ${p.phone!.slice(3, 6)} ${p.phone!.slice(6, 8)} ${p.phone!.slice(8)}`),
    ...orders.map((o) => o.number.replace(/^\D+/, "")),
  ];
}

async function staffSession(db: PrismaClient, email: string): Promise<AppSession> {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return {
    userId: u.id,
    role: u.role,
    email: u.email,
    name: u.name,
    locale: "nb",
    timeZone: "Europe/Oslo",
    teamId: u.teamId,
    customerId: null,
  };
}

export async function benchmarkGlobalSearch(db: PrismaClient, runs = 40): Promise<Timing[]> {
  const queries = await sampleQueries(db);
  const out: Timing[] = [];
  for (const email of ["sales@reise.test", "manager@reise.test"]) {
    const session = await staffSession(db, email);
    for (let i = 0; i < 10; i++) await globalSearch(session, queries[i % queries.length]);
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await globalSearch(session, queries[i % queries.length]);
      ms.push(performance.now() - start);
    }
    ms.sort((a, b) => a - b);
    const q = (p: number) => Number(ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)].toFixed(1));
    out.push({ label: `globalSearch as ${session.role} (${queries.length} queries)`, runs, p50: q(0.5), p95: q(0.95) });
  }
  return out;
}

if (process.argv[1]?.endsWith("scripts/bench/functions/search.ts")) {
  const db = await getDb();
  const runs = Number(process.argv[2] ?? 40);
  console.log(`dataset: ${await db.customer.count()} customers, ${await db.order.count()} orders`);
  for (const t of await benchmarkGlobalSearch(db, runs)) console.log(`${t.label}: p50 ${t.p50} ms, p95 ${t.p95} ms`);
  process.exit(0);
}
