import { PrismaClient } from "@/generated/prisma/client";
import type { SqlClient } from "@/server/db/sql";
import type { TestDatabase } from "@/test/worlds/databases";
import { TEST_ORIGIN, csrfPair, routeContext } from "./next-auth-route";

// The sign-in endpoints as a browser or an attacker reaches them: the real
// route wrapper, next-auth's own code and our options, on a migrated test
// database. The test files mock server/db, the mailer and bcrypt with the
// hooks below, so they can count what reaches bcrypt and who was mailed.

export const world = {
  /** Each getDb() call takes the next client: on PostgreSQL two "instances" share the table. */
  clients: [] as PrismaClient[],
  turn: 0,
  bcryptRuns: 0,
  mails: [] as { identifier: string; url: string }[],
};

export const getDb = async () => world.clients[world.turn++ % world.clients.length];

export async function sendMagicLink({ identifier, url }: { identifier: string; url: string }) {
  world.mails.push({ identifier, url });
}

export async function openWorld(database: TestDatabase): Promise<{ close(): Promise<void> }> {
  const sql: SqlClient = await database.open();
  // PGlite is one connection, so one client; PostgreSQL gets two, like two app instances.
  const count = database.kind === "postgres" ? 2 : 1;
  world.clients = Array.from({ length: count }, () => new PrismaClient({ adapter: database.prismaAdapter(sql) }));
  const { hashPassword } = await import("@/server/auth/password");
  const db = world.clients[0];
  await db.user.create({
    data: { email: "kari@t.test", name: "Kari", role: "SALES", passwordHash: await hashPassword("right-password") },
  });
  await db.user.create({ data: { email: "anna@t.test", name: "Anna", role: "CUSTOMER" } });
  await db.user.create({ data: { email: "eve@t.test", name: "Eve", role: "CUSTOMER" } });
  return {
    async close() {
      for (const client of world.clients) await client.$disconnect();
      await sql.close();
    },
  };
}

export async function resetWorld(): Promise<void> {
  await world.clients[0].authThrottle.deleteMany();
  world.bcryptRuns = 0;
  world.mails = [];
}

const csrf = csrfPair();

/** A POST as next-auth's client sends it, unless the test says otherwise. */
export function post(
  pathname: string,
  body: string,
  contentType = "application/x-www-form-urlencoded",
  address = "10.1.0.1",
): Request {
  return new Request(`${TEST_ORIGIN}${pathname}`, {
    method: "POST",
    headers: { "content-type": contentType, cookie: csrf.cookie, "x-forwarded-for": address },
    body,
  });
}

export function get(pathAndQuery: string, address = "10.1.0.1"): Request {
  return new Request(`${TEST_ORIGIN}${pathAndQuery}`, { headers: { cookie: csrf.cookie, "x-forwarded-for": address } });
}

/** The form fields next-auth's client adds to every sign-in. */
export function form(fields: Record<string, string>): string {
  return new URLSearchParams({ ...fields, csrfToken: csrf.token, callbackUrl: TEST_ORIGIN, json: "true" }).toString();
}

export const formFields = { csrfToken: csrf.token, callbackUrl: TEST_ORIGIN, json: "true" };

type Route = (request: Request, context: ReturnType<typeof routeContext>) => Promise<Response>;

export function sendTo(route: Route) {
  return (request: Request) => route(request, routeContext(new URL(request.url).pathname));
}
