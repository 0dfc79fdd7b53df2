import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import type { TestDatabase } from "@/test/worlds/databases";
import type { AuthenticatedKey } from "@/server/api-keys/keys";
import { createApiKey } from "@/server/api-keys/service";

// A small world for the ingest tests: two teams, three sales reps (two in the
// car team), a manager and an API key. Each test makes its own customers.

export type IngestWorld = {
  db: PrismaClient;
  sql: SqlClient;
  manager: AppSession;
  key: AuthenticatedKey;
  secret: string;
  teams: { car: string; build: string };
  reps: { carA: string; carB: string; build: string };
  close(): Promise<void>;
};

export async function openIngestWorld(database: TestDatabase): Promise<IngestWorld> {
  const sql = await database.open();
  const db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  const car = await db.team.create({ data: { name: "Nordvik Bil" }, select: { id: true } });
  const build = await db.team.create({ data: { name: "Fjordsiden Byggsenter" }, select: { id: true } });
  // Ids fixed so that round-robin's tie-break (id order among reps never assigned) is known.
  const rep = (id: string, email: string, teamId: string) =>
    db.user.create({ data: { id, email, name: email.split("@")[0], role: "SALES", teamId }, select: { id: true } });
  const carA = await rep("00000000-0000-4000-8000-00000000000a", "a@t.test", car.id);
  const carB = await rep("00000000-0000-4000-8000-00000000000b", "b@t.test", car.id);
  const buildRep = await rep("00000000-0000-4000-8000-00000000000c", "c@t.test", build.id);
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
  const created = await createApiKey(db, manager, { name: "Website chat" });
  if (!created.ok) throw new Error("could not create the test key");
  return {
    db,
    sql,
    manager,
    key: { id: created.id, name: "Website chat" },
    secret: created.secret,
    teams: { car: car.id, build: build.id },
    reps: { carA: carA.id, carB: carB.id, build: buildRep.id },
    async close() {
      await db.$disconnect();
      await sql.close();
    },
  };
}
