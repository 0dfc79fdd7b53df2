import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { seedDatabase } from "@/prisma/seed";

// getSession reads the signed-in user again on every request: the language a page is drawn in
// comes from it, a staff member's own and a customer's from the customer record (which staff see
// and edit), and each page pays for its queries.

const state = vi.hoisted(() => ({
  client: undefined as unknown,
  token: null as { user: { id: string; tv: number } } | null,
  queries: [] as string[],
}));
vi.mock("@/server/db", () => ({ getDb: async () => state.client }));
vi.mock("next-auth", () => ({ getServerSession: async () => state.token }));

const NOW = new Date("2026-11-24T09:15:00Z");

describe.each(testDatabases)("getSession on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;

  beforeAll(async () => {
    sql = await database.open();
    await seedDatabase(sql, { customers: 20, now: NOW });
    const logged = new PrismaClient({ adapter: database.prismaAdapter(sql), log: [{ emit: "event", level: "query" }] });
    logged.$on("query", (e) => state.queries.push(e.query));
    prisma = logged;
    state.client = prisma;
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await sql.close();
  });

  async function sessionOf(email: string) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, tokenVersion: true } });
    state.token = { user: { id: user.id, tv: user.tokenVersion } };
    state.queries.length = 0;
    const { getSession } = await import("./session");
    const session = await getSession();
    return { session, queries: state.queries.length };
  }

  it("gives staff their own language in one query", async () => {
    await prisma.user.update({ where: { email: "sales2@reise.test" }, data: { locale: "da" } });
    const { session, queries } = await sessionOf("sales2@reise.test");
    expect(session).toMatchObject({ email: "sales2@reise.test", role: "SALES", locale: "da", customerId: null });
    expect(queries).toBe(1);
  });

  it("gives a customer the language of their customer record", async () => {
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: "customer@reise.test" },
      select: { customerId: true, locale: true },
    });
    const other = user.locale === "nb" ? "da" : "nb";
    await prisma.customer.update({ where: { id: user.customerId! }, data: { locale: other } });
    const { session } = await sessionOf("customer@reise.test");
    expect(session).toMatchObject({ role: "CUSTOMER", customerId: user.customerId, locale: other });
  });

  it("ends for a user disabled since the cookie was made", async () => {
    await prisma.user.update({ where: { email: "sales@reise.test" }, data: { active: false } });
    expect((await sessionOf("sales@reise.test")).session).toBeNull();
  });
});
