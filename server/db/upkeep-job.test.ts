import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { testDatabases, type TestSqlClient } from "@/test/worlds/databases";
import { runEmbeddedUpkeep } from "./upkeep-job";

// A long-running embedded install has no autovacuum: the nightly job is what gives the planner
// statistics for the rows written since the seed. On PostgreSQL autovacuum does it, and the job
// leaves the database alone.

describe.each(testDatabases)("nightly database upkeep on $name", (database) => {
  let sql: TestSqlClient;
  let db: PrismaClient;
  beforeAll(async () => {
    sql = await database.open();
    db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    const team = await db.team.create({ data: { name: "Nordvik Bil" }, select: { id: true } });
    await db.customer.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        name: `Kunde ${i}`,
        email: `kunde${i}@example.test`,
        city: i % 3 === 0 ? "Bergen" : "Oslo",
        teamId: team.id,
      })),
    });
  }, 60_000);
  afterAll(async () => {
    await db?.$disconnect();
    await sql?.close();
  });

  const statsFor = async (table: string) =>
    (
      await db.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM pg_stats WHERE schemaname = 'public' AND tablename = ${table}`
    )[0].n;

  if (database.kind === "pglite") {
    it("gives the planner statistics for rows written since the last run", async () => {
      expect(await statsFor("Customer")).toBe(0n);
      const result = await runEmbeddedUpkeep(db, 0);
      expect(result.engine).toBe("pglite");
      expect(result.tables).toEqual(expect.arrayContaining(["Customer", "Lead", "Touchpoint"]));
      expect(await statsFor("Customer")).toBeGreaterThan(0n);
      const [city] = await db.$queryRaw<{ n_distinct: number }[]>`
        SELECT n_distinct FROM pg_stats WHERE tablename = 'Customer' AND attname = 'city'`;
      expect(city.n_distinct).toBe(2);
    });
  } else {
    it("leaves PostgreSQL to its own autovacuum", async () => {
      const result = await runEmbeddedUpkeep(db, 0);
      expect(result).toEqual({ engine: "postgres", tables: [] });
    });
  }
});
