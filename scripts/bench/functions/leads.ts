import "server-only";
// Times the lead workbench's server functions against a real database:
//   REISE_DATA_DIR=/tmp/bench/pglite npx tsx --conditions=react-server scripts/bench/functions/leads.ts [runs]
// (seed it first: REISE_DATA_DIR=/tmp/bench/pglite npm run seed -- --customers 100000).
// The server functions only: no HTTP, rendering or network. The page-level
// harness (npm run bench) is the benchmark issue's.
import crypto from "node:crypto";
import { parseLeadFilters } from "@/lib/validation/lead-filters";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { logFollowUp } from "@/server/leads/follow-up-service";
import { getLead, getLeadJourney } from "@/server/leads/record-queries";
import { findLeads } from "@/server/leads/list-queries";

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

async function time(label: string, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn(i); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)].toFixed(1);
  console.log(`${label.padEnd(44)} p50 ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
}

const sales = await sessionFor("sales@reise.test");
const manager = await sessionFor("manager@reise.test");
const counts = {
  leads: await db.lead.count(),
  touchpoints: await db.touchpoint.count(),
  customers: await db.customer.count(),
};
console.log(`dataset: ${JSON.stringify(counts)}, ${runs} runs each after 5 warm-up runs`);

await time("findLeads, sales, default view", () => findLeads(sales, parseLeadFilters({})));
await time("findLeads, manager, default view", () => findLeads(manager, parseLeadFilters({})));
await time("findLeads, manager, stage=NEW channel=CHAT", () =>
  findLeads(manager, parseLeadFilters({ stage: "NEW", channel: "CHAT" })),
);
await time("findLeads, manager, search 'hansen'", () => findLeads(manager, parseLeadFilters({ q: "hansen" })));

const sample = await db.lead.findMany({
  where: { ownerId: sales.userId, stage: { in: ["NEW", "CONTACTED", "QUALIFIED"] } },
  select: { id: true },
  take: runs + 10,
  orderBy: { createdAt: "desc" },
});
await time("getLead + getLeadJourney (lead page data)", (i) => {
  const id = sample[i % sample.length].id;
  return Promise.all([getLead(sales, id), getLeadJourney(sales, id, {})]);
});
let next = 0;
await time("logFollowUp (one transaction)", async () => {
  const lead = await db.lead.findUniqueOrThrow({
    where: { id: sample[next++ % sample.length].id },
    select: { id: true, version: true },
  });
  return logFollowUp(
    db,
    sales,
    {
      leadId: lead.id,
      version: lead.version,
      idempotencyKey: crypto.randomUUID(),
      type: "CALL",
      outcome: "REACHED",
      note: "Benchmark",
      nextFollowUpAt: new Date(Date.now() + 86_400_000),
      stage: null,
      lostReason: null,
    } as never,
    new Date(),
  );
});
process.exit(0);
