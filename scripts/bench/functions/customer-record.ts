import "server-only";
// Times the customer page's server functions against a real database:
//   REISE_DATA_DIR=/tmp/bench/pglite \
//     npx tsx --conditions=react-server scripts/bench/functions/customer-record.ts [runs]
// (seed it first: REISE_DATA_DIR=/tmp/bench/pglite npm run seed -- --customers 100000).
// The server functions only, the way page.tsx calls them: the scoped record first
// (the layout's check), then the independent reads together, then the timeline with the
// map's total (its Suspense boundary). No HTTP or rendering.
import { parseJourneyFilters } from "@/lib/validation/journey-filters";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { findJourneyPage } from "@/server/customers/journey-queries";
import { getLoyaltyCard } from "@/server/loyalty/queries";
import { getConsentHistory } from "@/server/customers/consent-service";
import { getCustomerOrders } from "@/server/customers/record-orders";
import { getCustomerRecord, getJourneyMap } from "@/server/customers/record-queries";

const runs = Number(process.argv[2] ?? 50);
const db = await getDb();

async function sessionFor(email: string): Promise<AppSession> {
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

export async function time(label: string, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn(i); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)];
  console.log(`${label.padEnd(48)} p50 ${p(0.5).toFixed(1).padStart(7)} ms   p95 ${p(0.95).toFixed(1).padStart(7)} ms`);
  return { p50: p(0.5), p95: p(0.95) };
}

/** Everything the customer page reads for one customer, as page.tsx and its Suspense boundary read it. */
export async function loadCustomerPage(session: AppSession, customerId: string) {
  const record = await getCustomerRecord(session, customerId);
  if (!record) throw new Error(`customer ${customerId} out of scope for ${session.email}`);
  const filters = parseJourneyFilters({});
  const [map] = await Promise.all([
    getJourneyMap(record.access),
    getCustomerOrders(record.access),
    getLoyaltyCard(record.access, record.customer),
    getConsentHistory(record.access),
  ]);
  return findJourneyPage(customerId, filters, map.total);
}

const sales = await sessionFor("sales@reise.test");
const manager = await sessionFor("manager@reise.test");
const counts = { customers: await db.customer.count(), touchpoints: await db.touchpoint.count() };
console.log(`dataset: ${JSON.stringify(counts)}, ${runs} runs each after 5 warm-up runs`);

// The busiest customers are the worst case for the page: most touchpoints, ledger rows and orders.
const busiest = await db.$queryRaw<{ customerId: string }[]>`
  SELECT "customerId" FROM "Touchpoint" GROUP BY "customerId" ORDER BY count(*) DESC LIMIT ${runs + 10}`;
const owned = await db.customer.findMany({
  where: { ownerId: sales.userId },
  select: { id: true },
  take: runs + 10,
  orderBy: { lastActivityAt: "desc" },
});
const others = await db.customer.findMany({
  where: { NOT: { teamId: sales.teamId ?? undefined } },
  select: { id: true },
  take: runs + 10,
});

await time("customer page, manager, busiest customers", (i) =>
  loadCustomerPage(manager, busiest[i % busiest.length].customerId),
);
await time("customer page, sales, own customers", (i) => loadCustomerPage(sales, owned[i % owned.length].id));
await time("scope check, sales, other team (404 path)", (i) => getCustomerRecord(sales, others[i % others.length].id));
await time("timeline page 2, manager, busiest", async (i) => {
  const id = busiest[i % busiest.length].customerId;
  const first = await findJourneyPage(id, {});
  return first.nextCursor ? findJourneyPage(id, parseJourneyFilters({ before: first.nextCursor })) : first;
});
process.exit(0);
