import crypto from "node:crypto";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import type { TestDatabase } from "@/test/worlds/databases";

// The access matrix's world: two teams, one rep each side plus a teammate, a rep without a team,
// a manager and a customer login; and one record per ownership case, each a customer with one open
// lead and one order. The matrix (server/access/access-matrix.test.ts) says who may reach which.

export const ACTORS = ["manager", "repA", "teammateA", "repB", "repNoTeam", "customer"] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * One record per ownership case, named from repA's point of view. `customerOwner` owns the customer,
 * `leadOwner` its one open lead; null is nobody.
 */
export const CASES = {
  own: { team: "A", customerOwner: "repA", leadOwner: "repA" },
  teammates: { team: "A", customerOwner: "teammateA", leadOwner: "teammateA" },
  unassignedSameTeam: { team: "A", customerOwner: null, leadOwner: null },
  unassignedOtherTeam: { team: "B", customerOwner: null, leadOwner: null },
  otherTeams: { team: "B", customerOwner: "repB", leadOwner: "repB" },
  // Across the team line: repA's lead on a team-B customer, and a team-B customer that repA owns.
  ownLeadOtherTeam: { team: "B", customerOwner: "repB", leadOwner: "repA" },
  ownCustomerOtherTeam: { team: "B", customerOwner: "repA", leadOwner: "repB" },
  unassignedNoTeam: { team: null, customerOwner: null, leadOwner: null },
  noTeamOwn: { team: null, customerOwner: "repNoTeam", leadOwner: "repNoTeam" },
  // The customer login's own record (in team A, worked by the teammate).
  portal: { team: "A", customerOwner: "teammateA", leadOwner: "teammateA" },
  // Erased (GDPR): out of every list, still opens as "Erased customer".
  erased: { team: "A", customerOwner: "repA", leadOwner: "repA" },
} as const satisfies Record<string, { team: "A" | "B" | null; customerOwner: Actor | null; leadOwner: Actor | null }>;
export type Case = keyof typeof CASES;
export const CASE_NAMES = Object.keys(CASES) as Case[];

export type Row = { customerId: string; customerName: string; leadId: string; orderId: string };
export type AccessWorld = {
  db: PrismaClient;
  sql: SqlClient;
  as: Record<Actor, AppSession>;
  rows: Record<Case, Row>;
  teams: { A: string; B: string };
  close(): Promise<void>;
};

export async function openAccessWorld(database: TestDatabase, now: Date): Promise<AccessWorld> {
  const sql = await database.open();
  const db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  const A = (await db.team.create({ data: { name: "A" }, select: { id: true } })).id;
  const B = (await db.team.create({ data: { name: "B" }, select: { id: true } })).id;
  const staff = {
    manager: ["MANAGER", null],
    repA: ["SALES", A],
    teammateA: ["SALES", A],
    repB: ["SALES", B],
    repNoTeam: ["SALES", null],
  } as const;
  // Ids made here, so that each table is one insert.
  const as = Object.fromEntries(
    Object.entries(staff).map(([actor, [role, teamId]]) => [
      actor,
      {
        userId: crypto.randomUUID(),
        role,
        email: `${actor}@t.test`,
        name: actor,
        locale: "en",
        timeZone: "Europe/Oslo",
        teamId,
        customerId: null,
      } satisfies AppSession,
    ]),
  ) as Record<Actor, AppSession>;
  await db.user.createMany({
    data: Object.values(as).map((s) => ({
      id: s.userId,
      email: s.email,
      name: s.name,
      role: s.role,
      teamId: s.teamId,
    })),
  });
  const rows = Object.fromEntries(
    CASE_NAMES.map((name) => [
      name,
      {
        customerId: crypto.randomUUID(),
        customerName: `Kunde ${name}`,
        leadId: crypto.randomUUID(),
        orderId: crypto.randomUUID(),
      },
    ]),
  ) as Record<Case, Row>;
  const owner = (a: Actor | null) => (a ? as[a].userId : null);
  await db.customer.createMany({
    data: CASE_NAMES.map((name) => ({
      id: rows[name].customerId,
      name: rows[name].customerName,
      email: `${name}@eksempel.no`,
      teamId: CASES[name].team === "A" ? A : CASES[name].team === "B" ? B : null,
      ownerId: owner(CASES[name].customerOwner),
      lastActivityAt: now,
      erasedAt: name === "erased" ? now : null,
    })),
  });
  await db.lead.createMany({
    data: CASE_NAMES.map(
      (name) =>
        ({
          id: rows[name].leadId,
          customerId: rows[name].customerId,
          ownerId: owner(CASES[name].leadOwner),
          interest: `Interesse ${name}`,
          category: "CAR",
          sourceChannel: "CHAT",
          readiness: "HOT",
          waitingSince: new Date(now.getTime() - 60 * 60_000),
          slaDueAt: new Date(now.getTime() - 45 * 60_000),
          createdAt: new Date(now.getTime() - 60 * 60_000),
        }) as const,
    ),
  });
  await db.order.createMany({
    data: CASE_NAMES.map(
      (name, n) =>
        ({
          id: rows[name].orderId,
          number: `AX-${100000 + n + 1}`,
          customerId: rows[name].customerId,
          leadId: rows[name].leadId,
          product: "Nordvik EV7",
          category: "CAR",
          totalMinor: 450_000_00,
          milestone: "IN_PRODUCTION",
          fulfilment: "PICKUP",
          placedAt: new Date("2026-10-01T10:00:00Z"),
          expectedDeliveryAt: new Date("2026-12-12T11:00:00Z"),
        }) as const,
    ),
  });
  const login = await db.user.create({
    data: { email: "customer@t.test", name: "customer", role: "CUSTOMER", customerId: rows.portal.customerId },
    select: { id: true },
  });
  as.customer = {
    userId: login.id,
    role: "CUSTOMER",
    email: "customer@t.test",
    name: "customer",
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: null,
    customerId: rows.portal.customerId,
  };
  return {
    db,
    sql,
    as,
    rows,
    teams: { A, B },
    async close() {
      await db.$disconnect();
      await sql.close();
    },
  };
}
