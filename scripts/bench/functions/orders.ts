import "server-only";
// Times the customer order page's data function against a real database:
//   REISE_DATA_DIR=/tmp/bench/pglite npx tsx --conditions=react-server scripts/bench/functions/orders.ts [runs]
// (seed it first: REISE_DATA_DIR=/tmp/bench/pglite npm run seed -- --customers 100000).
// The server function only: no HTTP or rendering. The page-level harness
// (npm run bench) can import benchmarkOrderPage and report its numbers.
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getMyOrderPage } from "@/server/orders/order-page";

export type Timing = { label: string; runs: number; p50: number; p95: number };

/** getMyOrderPage for `runs` orders of different customers (each signed in as its owner), after 5 warm-up runs. */
export async function benchmarkOrderPage(db: PrismaClient, runs = 50): Promise<Timing> {
  // Orders whose customer has a portal login come first; the rest stand in for them, as the query is the same.
  const sample = await db.order.findMany({
    where: { milestone: { in: ["CONFIRMED", "IN_PRODUCTION", "SHIPPED"] } },
    orderBy: { placedAt: "desc" },
    take: runs + 5,
    select: { id: true, customerId: true, customer: { select: { locale: true } } },
  });
  if (sample.length === 0) throw new Error("No open orders: seed the database first");
  const session = (customerId: string): AppSession => ({
    userId: customerId,
    role: "CUSTOMER",
    email: "bench@reise.test",
    name: "Bench",
    locale: "nb",
    timeZone: "Europe/Oslo",
    teamId: null,
    customerId,
  });
  const once = async (i: number) => {
    const o = sample[i % sample.length];
    const page = await getMyOrderPage(db, session(o.customerId), o.id, o.customer.locale);
    if (!page) throw new Error(`order ${o.id} not found for its own customer`);
  };
  for (let i = 0; i < 5; i++) await once(i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => Number(ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)].toFixed(1));
  return { label: "getMyOrderPage (customer order page data)", runs, p50: q(0.5), p95: q(0.95) };
}

if (process.argv[1]?.endsWith("scripts/bench/functions/orders.ts")) {
  const db = await getDb();
  const runs = Number(process.argv[2] ?? 50);
  const counts = {
    orders: await db.order.count(),
    orderEvents: await db.orderEvent.count(),
    touchpoints: await db.touchpoint.count(),
  };
  console.log(`dataset: ${JSON.stringify(counts)}, ${runs} runs after 5 warm-up runs`);
  const r = await benchmarkOrderPage(db, runs);
  console.log(`${r.label.padEnd(44)} p50 ${String(r.p50).padStart(7)} ms   p95 ${String(r.p95).padStart(7)} ms`);
  process.exit(0);
}
