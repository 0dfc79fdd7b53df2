import "server-only";
// Times the customer list's server functions against a real database:
//   REISE_DATA_DIR=/tmp/customers-bench/pglite \
//     npx tsx --conditions=react-server scripts/bench/functions/customers.ts [runs]
// (seed it first: REISE_DATA_DIR=/tmp/customers-bench/pglite npm run seed -- --customers 100000).
// The server functions only: no HTTP or rendering. The page-level harness (npm run bench) is the
// benchmark issue's; it can import customerListBenchmarks() and time them itself.
import { parseCustomerFilters } from "@/lib/validation/customer-filters";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { findCustomers } from "@/server/customers/list-queries";

export type Benchmark = { label: string; run: (i: number) => Promise<unknown> };

async function sessionFor(email: string): Promise<AppSession> {
  const db = await getDb();
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return {
    userId: u.id,
    role: u.role,
    email: u.email,
    name: u.name,
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: u.teamId,
    customerId: null,
  };
}

/** What the /customers page asks the database for, in the cases that matter for its p95. */
export async function customerListBenchmarks(): Promise<Benchmark[]> {
  const [sales, manager] = await Promise.all([sessionFor("sales@reise.test"), sessionFor("manager@reise.test")]);
  const list = (s: AppSession, q: Record<string, string>) => () => findCustomers(s, parseCustomerFilters(q));
  // A cursor deep in the list: keyset pages cost the same at page 1 and page 100.
  let deep = undefined as string | undefined;
  for (let i = 0; i < 20; i++)
    deep = (await findCustomers(manager, parseCustomerFilters({ cursor: deep }))).nextCursor ?? deep;
  return [
    { label: "findCustomers, sales, default", run: list(sales, {}) },
    { label: "findCustomers, manager, default", run: list(manager, {}) },
    { label: "findCustomers, manager, page 21", run: list(manager, { cursor: deep! }) },
    { label: "findCustomers, manager, sort=name", run: list(manager, { sort: "name" }) },
    { label: "findCustomers, manager, tier=GOLD,PLATINUM", run: list(manager, { tier: "GOLD,PLATINUM" }) },
    { label: "findCustomers, manager, lead=yes marketing=yes", run: list(manager, { lead: "yes", marketing: "yes" }) },
    { label: "findCustomers, manager, activity=dormant", run: list(manager, { activity: "dormant" }) },
    { label: "findCustomers, sales, stage=LOYALTY city=osl", run: list(sales, { stage: "LOYALTY", city: "osl" }) },
    { label: "findCustomers, manager, search 'hansen'", run: list(manager, { q: "hansen" }) },
    { label: "findCustomers, manager, search phone '912 3'", run: list(manager, { q: "912 3" }) },
    { label: "findCustomers, manager, search order NB-100500", run: list(manager, { q: "NB-100500" }) },
  ];
}

async function time({ label, run }: Benchmark, runs: number) {
  for (let i = 0; i < 5; i++) await run(i); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)].toFixed(1);
  console.log(`${label.padEnd(52)} p50 ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
}

if (process.argv[1]?.endsWith("functions/customers.ts")) {
  const runs = Number(process.argv[2] ?? 50);
  const db = await getDb();
  const counts = {
    customers: await db.customer.count(),
    touchpoints: await db.touchpoint.count(),
    orders: await db.order.count(),
  };
  console.log(`dataset: ${JSON.stringify(counts)}, ${runs} runs each after 5 warm-up runs`);
  for (const b of await customerListBenchmarks()) await time(b, runs);
  process.exit(0);
}
