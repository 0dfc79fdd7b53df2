import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { demoSessions } from "@/test/worlds/demo-sessions";
import { seedDatabase } from "@/prisma/seed";
import { REP_SEARCH_LIMIT } from "@/lib/search/rep-option";
import { findRepName, searchSalesReps } from "./rep-queries";

// The rep picker's search, as a manager of a large group uses it: many reps, found by typing.

const db = vi.hoisted(() => ({ client: undefined as unknown, session: null as AppSession | null }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));
vi.mock("@/server/auth/session", () => ({ getSession: async () => db.session }));

const NOW = new Date("2026-11-24T09:15:00Z");

describe.each(testDatabases)("the rep picker on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;
  const as: Record<"sales" | "manager" | "customer", AppSession> = {} as never;

  beforeAll(async () => {
    sql = await database.open();
    await seedDatabase(sql, { customers: 20, now: NOW });
    prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    db.client = prisma;
    Object.assign(as, await demoSessions(prisma, ["sales", "manager", "customer"]));
    const team = await prisma.team.findFirstOrThrow({ select: { id: true, name: true } });
    // A group's worth of reps, some of them named alike, and one who has left.
    await prisma.user.createMany({
      data: [
        ...Array.from({ length: 40 }, (_, i) => ({
          email: `rep${i}@group.test`,
          name: `Groupe Rep ${String(i).padStart(2, "0")}`,
          role: "SALES" as const,
          teamId: team.id,
        })),
        { email: "left@group.test", name: "Groupe Gone", role: "SALES" as const, active: false },
        { email: "boss@group.test", name: "Groupe Boss", role: "MANAGER" as const },
      ],
    });
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await sql.close();
  });

  it("finds active reps by any part of the name, in any case, a page at a time", async () => {
    const found = await searchSalesReps(as.manager, "gROUPE rep");
    expect(found).toHaveLength(REP_SEARCH_LIMIT);
    expect(found[0]).toMatchObject({ name: "Groupe Rep 00", team: expect.any(String) });
    expect(found.map((r) => r.name)).toEqual([...found.map((r) => r.name)].sort());
    expect(await searchSalesReps(as.manager, "rep 3")).toHaveLength(10);
    // Someone who has left, and managers, are not reps to pick.
    expect(await searchSalesReps(as.manager, "groupe gone")).toEqual([]);
    expect(await searchSalesReps(as.manager, "groupe boss")).toEqual([]);
    // An empty box lists the first reps by name.
    expect(await searchSalesReps(as.manager, "")).toHaveLength(REP_SEARCH_LIMIT);
  });

  it("finds reps who have left when asked (the dashboard's history), marked, and one team's", async () => {
    expect(await searchSalesReps(as.manager, "groupe gone", { former: true })).toEqual([
      { id: expect.any(String), name: "Groupe Gone", team: null, left: true },
    ]);
    const active = await searchSalesReps(as.manager, "rep 0", { former: true });
    expect(active).toHaveLength(10);
    expect(active.filter((r) => r.left)).toEqual([]);
    const other = await prisma.team.create({ data: { name: "Groupe Annet lag" }, select: { id: true } });
    await prisma.user.create({
      data: { email: "other@group.test", name: "Groupe Annen", role: "SALES", teamId: other.id },
    });
    expect((await searchSalesReps(as.manager, "groupe", { teamId: other.id })).map((r) => r.name)).toEqual([
      "Groupe Annen",
    ]);
    expect((await searchSalesReps(as.manager, "groupe")).map((r) => r.name)).toContain("Groupe Annen");
  });

  it("gives reps nothing, and customers and strangers a refusal", async () => {
    expect(await searchSalesReps(as.sales, "groupe")).toEqual([]);
    await expect(searchSalesReps(as.customer, "groupe")).rejects.toThrow();
    await expect(searchSalesReps(null, "groupe")).rejects.toThrow();
  });

  it("names the rep a URL picked, for managers, and nothing for anything else", async () => {
    const rep = await prisma.user.findFirstOrThrow({ where: { email: "rep7@group.test" } });
    const gone = await prisma.user.findFirstOrThrow({ where: { email: "left@group.test" } });
    expect(await findRepName(as.manager, rep.id)).toBe("Groupe Rep 07");
    expect(await findRepName(as.manager, gone.id)).toBe("Groupe Gone");
    expect(await findRepName(as.manager, "not-a-uuid")).toBeNull();
    expect(await findRepName(as.manager, as.customer.userId)).toBeNull();
    expect(await findRepName(as.sales, rep.id)).toBeNull();
    await expect(findRepName(as.customer, rep.id)).rejects.toThrow();
  });

  it("answers GET /api/reps with the same rule, and a clear 400 or 401", async () => {
    const { GET } = await import("@/app/api/reps/route");
    const get = (q: string) => GET(new Request(`http://localhost/api/reps?q=${encodeURIComponent(q)}`));
    db.session = as.manager;
    const ok = await get("rep 1");
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { reps: { name: string }[] }).reps.map((r) => r.name)).toContain("Groupe Rep 10");
    const long = await get("x".repeat(401));
    expect(long.status).toBe(400);
    expect(await long.json()).toEqual({ error: expect.stringContaining("100 characters") });
    const former = await GET(new Request("http://localhost/api/reps?q=gone&former=1"));
    expect(((await former.json()) as { reps: { name: string; left?: boolean }[] }).reps).toEqual([
      expect.objectContaining({ name: "Groupe Gone", left: true }),
    ]);
    // A scope the picker never sends is no scope, not an error.
    const odd = await GET(new Request("http://localhost/api/reps?q=gone&former=yes&team=nobody"));
    expect(odd.status).toBe(200);
    expect(await odd.json()).toEqual({ reps: [] });
    db.session = as.sales;
    expect(await (await get("rep")).json()).toEqual({ reps: [] });
    db.session = as.customer;
    expect((await get("rep")).status).toBe(401);
    db.session = null;
    expect((await get("rep")).status).toBe(401);
  });
});
