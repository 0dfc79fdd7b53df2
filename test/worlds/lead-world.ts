import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import type { TestDatabase } from "@/test/worlds/databases";

// A small, hand-made world for the lead tests: two reps, a manager, a customer
// login, and leads created per test. Far smaller than the demo seed, so each
// test can say exactly what it starts from.

export type LeadWorld = {
  db: PrismaClient;
  sql: SqlClient;
  sales: AppSession;
  sales2: AppSession;
  manager: AppSession;
  customer: AppSession;
  close(): Promise<void>;
};

function session(
  userId: string,
  role: AppSession["role"],
  email: string,
  customerId: string | null = null,
): AppSession {
  return {
    userId,
    role,
    email,
    name: email.split("@")[0],
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: null,
    customerId,
  };
}

export async function openLeadWorld(database: TestDatabase): Promise<LeadWorld> {
  const sql = await database.open();
  const db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  const user = (email: string, role: "SALES" | "MANAGER" | "CUSTOMER", customerId?: string) =>
    db.user.create({ data: { email, name: email.split("@")[0], role, customerId }, select: { id: true } });
  const [sales, sales2, manager] = await Promise.all([
    user("sales@t.test", "SALES"),
    user("sales2@t.test", "SALES"),
    user("manager@t.test", "MANAGER"),
  ]);
  const own = await db.customer.create({ data: { name: "Portal Kunde" }, select: { id: true } });
  const customer = await user("customer@t.test", "CUSTOMER", own.id);
  return {
    db,
    sql,
    sales: session(sales.id, "SALES", "sales@t.test"),
    sales2: session(sales2.id, "SALES", "sales2@t.test"),
    manager: session(manager.id, "MANAGER", "manager@t.test"),
    customer: session(customer.id, "CUSTOMER", "customer@t.test", own.id),
    async close() {
      await db.$disconnect();
      await sql.close();
    },
  };
}

/** A customer who asked on chat `waitingMinutes` ago, with an open lead whose clock is running. */
export async function makeLead(
  db: PrismaClient,
  opts: {
    ownerId?: string | null;
    now: Date;
    waitingMinutes?: number;
    slaMinutes?: number;
    stage?: "NEW" | "CONTACTED" | "WON";
  },
) {
  const since = new Date(opts.now.getTime() - (opts.waitingMinutes ?? 60) * 60_000);
  const customer = await db.customer.create({
    data: { name: "Kari Nordmann", phone: "+4790000000", email: "kari@eksempel.no" },
    select: { id: true },
  });
  const lead = await db.lead.create({
    data: {
      customerId: customer.id,
      ownerId: opts.ownerId ?? null,
      interest: "Elbil",
      category: "CAR",
      sourceChannel: "CHAT",
      stage: opts.stage ?? "NEW",
      waitingSince: since,
      slaDueAt: new Date(since.getTime() + (opts.slaMinutes ?? 15) * 60_000),
      createdAt: since,
      lastActivityAt: since,
    },
    select: { id: true, customerId: true },
  });
  await db.touchpoint.create({
    data: {
      customerId: customer.id,
      leadId: lead.id,
      occurredAt: since,
      channel: "CHAT",
      direction: "INBOUND",
      phase: "BEFORE",
      owner: "CUSTOMER",
      kind: "CHAT_MESSAGE",
      stage: "RESEARCH",
      topic: "delivery_time",
      summary: "Hvor fort kan dere levere?",
    },
  });
  return lead;
}
