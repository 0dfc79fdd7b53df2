import "server-only";
// Times the pipeline board's reads against a real database, and prints their plans:
//   REISE_DATA_DIR=/tmp/bench/pglite npx tsx --conditions=react-server scripts/bench/functions/board.ts [runs]
// (seed it first: REISE_DATA_DIR=/tmp/bench/pglite npm run seed -- --customers 100000).
import { Prisma } from "@/generated/prisma/client";
import { parseLeadFilters } from "@/lib/validation/lead-filters";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { boardColumnSql, boardTotalsSql, findBoard, findBoardColumn } from "@/server/leads/board-queries";

const runs = Number(process.argv[2] ?? 30);
const db = await getDb();
const all = parseLeadFilters({});

async function sessionFor(email: string): Promise<AppSession> {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return {
    userId: u.id,
    role: u.role,
    email,
    name: u.name,
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: u.teamId,
    customerId: null,
  };
}

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)].toFixed(1);
  console.log(`${label.padEnd(44)} p50 ${p(0.5).padStart(7)} ms   p95 ${p(0.95).padStart(7)} ms`);
}

async function explain(label: string, sql: Prisma.Sql) {
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN (ANALYZE, BUFFERS) ${sql}`;
  console.log(`\n-- ${label}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
}

const sales = await sessionFor("sales@reise.test");
const manager = await sessionFor("manager@reise.test");
console.log(`dataset: ${await db.lead.count()} leads, ${runs} runs each after 3 warm-up runs`);
const now = new Date();
const first = await findBoard(manager, all, now);
const cursor = first[0].page.nextCursor ?? undefined;

await time("findBoard, sales", () => findBoard(sales, all, now));
await time("findBoard, manager", () => findBoard(manager, all, now));
await time("findBoard, manager, search 'hansen'", () => findBoard(manager, parseLeadFilters({ q: "hansen" }), now));
await time("findBoardColumn NEW, manager, page 2", () => findBoardColumn(manager, all, "NEW", cursor, now));

await explain("column NEW, manager, page 2", boardColumnSql(manager, all, "NEW", cursor, now));
await explain("column NEW, sales", boardColumnSql(sales, all, "NEW", undefined, now));
await explain("totals, manager", boardTotalsSql(manager, all, now));
await explain("totals, sales", boardTotalsSql(sales, all, now));
process.exit(0);
