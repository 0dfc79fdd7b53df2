import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import type { ApiScope } from "@/lib/api-scopes";
import { API_SCOPES } from "@/lib/api-scopes";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import type { TestDatabase } from "@/test/worlds/databases";
import { createApiKey } from "@/server/api-keys/service";

// A world for the REST API's tests: two teams (cars, building supplies), a rep in each, a manager
// who makes the keys, and in each team a customer with an unassigned lead; the car customer also has
// a lead a rep has taken and an order waiting to be confirmed.

export type RestWorld = {
  db: PrismaClient;
  sql: SqlClient;
  manager: AppSession;
  teams: { car: string; build: string };
  reps: { car: string; build: string };
  customers: { car: string; build: string };
  leads: { carOpen: string; carTaken: string; buildOpen: string };
  orders: { car: string };
  /** A new key's secret: its scopes, and its team (none: the whole business). */
  key(name: string, scopes: readonly ApiScope[], teamId?: string | null): Promise<string>;
  close(): Promise<void>;
};

export const ALL_SCOPES = API_SCOPES;

export async function openRestWorld(database: TestDatabase, now: Date): Promise<RestWorld> {
  const sql = await database.open();
  const db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  const car = await db.team.create({ data: { name: "Nordvik Bil" }, select: { id: true } });
  const build = await db.team.create({ data: { name: "Fjordsiden Byggsenter" }, select: { id: true } });
  const rep = (email: string, teamId: string) =>
    db.user.create({ data: { email, name: email.split("@")[0], role: "SALES", teamId }, select: { id: true } });
  const carRep = await rep("car@t.test", car.id);
  const buildRep = await rep("build@t.test", build.id);
  const boss = await db.user.create({
    data: { email: "manager@t.test", name: "Manager", role: "MANAGER" },
    select: { id: true },
  });
  const manager: AppSession = {
    userId: boss.id,
    role: "MANAGER",
    email: "manager@t.test",
    name: "Manager",
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: null,
    customerId: null,
  };
  const customer = (name: string, email: string, teamId: string) =>
    db.customer.create({ data: { name, email, teamId, createdAt: now, lastActivityAt: now }, select: { id: true } });
  const carCustomer = await customer("Kari Nordmann", "kari@t.test", car.id);
  const buildCustomer = await customer("Ola Byggmann", "ola@t.test", build.id);
  const lead = (customerId: string, teamId: string, ownerId: string | null, interest: string) =>
    db.lead.create({
      data: { customerId, teamId, ownerId, interest, category: "CAR", sourceChannel: "WEB", createdAt: now },
      select: { id: true },
    });
  const carOpen = await lead(carCustomer.id, car.id, null, "Elektrisk SUV");
  const carTaken = await lead(carCustomer.id, car.id, carRep.id, "Tilhenger");
  const buildOpen = await lead(buildCustomer.id, build.id, null, "Terrassebord");
  const order = await db.order.create({
    data: {
      number: "NB-1001",
      customerId: carCustomer.id,
      product: "Elektrisk SUV",
      category: "CAR",
      totalMinor: 45_000_000,
      placedAt: now,
    },
    select: { id: true },
  });
  return {
    db,
    sql,
    manager,
    teams: { car: car.id, build: build.id },
    reps: { car: carRep.id, build: buildRep.id },
    customers: { car: carCustomer.id, build: buildCustomer.id },
    leads: { carOpen: carOpen.id, carTaken: carTaken.id, buildOpen: buildOpen.id },
    orders: { car: order.id },
    async key(name, scopes, teamId = null) {
      const created = await createApiKey(db, manager, { name, scopes, teamId });
      if (!created.ok) throw new Error(`could not create the key ${name}`);
      return created.secret;
    },
    async close() {
      await db.$disconnect();
      await sql.close();
    },
  };
}
