import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { demoSessions } from "@/test/worlds/demo-sessions";
import { CUSTOMER_SORTS } from "@/lib/validation/customer-filter-options";
import { parseCustomerFilters, type CustomerFilters } from "@/lib/validation/customer-filters";
import { seedDatabase } from "@/prisma/seed";
import { countCustomers, findCustomers, type CustomerListRow } from "./list-queries";
import { customerListWhere } from "@/server/access/customer";

// findCustomers against a real database: the demo seed (small), plus never-active customers (so the
// "activity" sort's second part has several pages) and a block of ties on every sort key.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const NOW = new Date("2026-11-24T09:15:00Z");
const DAY = 86_400_000;
const filters = (search = "") => parseCustomerFilters(new URLSearchParams(search));

describe.each(testDatabases)("findCustomers on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;
  const as: Record<"sales" | "sales2" | "manager" | "customer", AppSession> = {} as never;

  beforeAll(async () => {
    sql = await database.open();
    await seedDatabase(sql, { customers: 150, now: NOW });
    prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    db.client = prisma;
    Object.assign(as, await demoSessions(prisma, ["sales", "sales2", "manager", "customer"]));
    const team = as.sales.teamId!;
    const at = new Date(NOW.getTime() - 3 * DAY);
    await prisma.customer.createMany({
      data: [
        ...Array.from({ length: 70 }, (_, i) => ({
          name: `Quiet ${i}`,
          teamId: i % 2 ? team : null,
          email: `quiet${i}@example.com`,
        })),
        ...Array.from({ length: 60 }, () => ({
          name: "Tie",
          teamId: team,
          lastActivityAt: at,
          createdAt: at,
          loyaltyPoints: 42,
          phone: "+4798765432",
        })),
      ],
    });
    await prisma.customer.create({ data: { name: "Erased Person", teamId: team, erasedAt: NOW, lastActivityAt: NOW } });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await sql?.close();
  });

  async function allRows(session: AppSession, f: CustomerFilters): Promise<{ rows: CustomerListRow[]; pages: number }> {
    const rows: CustomerListRow[] = [];
    let pages = 0;
    for (let cursor: string | undefined; pages < 100;) {
      const page = await findCustomers(session, { ...f, cursor }, NOW);
      pages++;
      rows.push(...page.rows);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return { rows, pages };
  }

  /** The same set through Prisma and the customer rule's list form: what the list must show. */
  async function expectedIds(session: AppSession, extra: Prisma.CustomerWhereInput = {}) {
    const rows = await prisma.customer.findMany({
      where: { AND: [customerListWhere(session), extra] },
      select: { id: true },
    });
    return rows.map((r) => r.id).sort();
  }
  const ids = (rows: CustomerListRow[]) => rows.map((r) => r.id).sort();

  it.each(CUSTOMER_SORTS)("pages by keyset without overlap or gap, in order (sort=%s)", async (sort) => {
    const { rows, pages } = await allRows(as.manager, filters(`sort=${sort}`));
    expect(pages).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(ids(rows)).toEqual(await expectedIds(as.manager));
    const key = (r: CustomerListRow) =>
      sort === "activity"
        ? -(r.lastActivityAt ? Date.parse(r.lastActivityAt) : -Infinity)
        : sort === "points"
          ? -r.points
          : 0;
    for (let i = 1; i < rows.length; i++) expect(key(rows[i - 1])).toBeLessThanOrEqual(key(rows[i]));
    if (sort === "activity") expect(rows.slice(-70).every((r) => r.lastActivityAt === null)).toBe(true);
  });

  it("shows a sales rep their team's customers only, whatever the URL asks; managers everyone but the erased", async () => {
    const team = await allRows(as.sales, filters());
    expect(ids(team.rows)).toEqual(await expectedIds(as.sales));
    expect(ids(team.rows)).toEqual(await expectedIds(as.manager, { teamId: as.sales.teamId }));
    expect(ids((await allRows(as.sales, filters(`owner=${as.sales2.userId}`))).rows)).toEqual(
      await expectedIds(as.sales),
    );
    const other = await allRows(as.sales2, filters());
    expect(other.rows.some((r) => team.rows.some((t) => t.id === r.id))).toBe(false);
    const all = await allRows(as.manager, filters());
    expect(all.rows.some((r) => r.name === "Erased Person")).toBe(false);
    const mine = await allRows(as.sales, filters("owner=mine"));
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.every((r) => r.ownerName === "Magnus Berg")).toBe(true);
  });

  it("shows the first page for a hand-edited cursor the database could not read", async () => {
    const id = (await findCustomers(as.manager, filters(), NOW)).rows[0].id;
    const edited = (s: string, k: unknown[]) => Buffer.from(JSON.stringify({ s, k })).toString("base64url");
    for (const [sort, k] of [
      ["points", [2147483648, id]],
      ["activity", ["2026-02-30T00:00:00.000Z", id]],
      ["created", ["Tuesday 5", id]],
      ["name", ["Kari\u0000", id]],
    ] as const) {
      const page = await findCustomers(as.manager, filters(`sort=${sort}&cursor=${edited(sort, [...k])}`), NOW);
      expect(page, sort).toEqual(await findCustomers(as.manager, filters(`sort=${sort}`), NOW));
    }
  });

  it("searches without the control characters a hand-edited link put in (PostgreSQL refuses NUL)", async () => {
    expect(await findCustomers(as.manager, filters("q=quiet%001&city=%00"), NOW)).toEqual(
      await findCustomers(as.manager, filters("q=quiet1"), NOW),
    );
  });

  it("gives a customer or a missing session nothing", async () => {
    await expect(findCustomers(as.customer, filters(), NOW)).rejects.toThrow();
    await expect(findCustomers(null, filters(), NOW)).rejects.toThrow();
  });

  it("filters by tier, journey phase, owner, open lead, marketing consent, city and activity", async () => {
    const cases: [string, Prisma.CustomerWhereInput][] = [
      ["tier=GOLD,PLATINUM", { loyaltyTier: { in: ["GOLD", "PLATINUM"] } }],
      ["stage=DELIVERY", { journeyStage: "DELIVERY" }],
      ["owner=unassigned", { ownerId: null }],
      [`owner=${as.sales2.userId}`, { ownerId: as.sales2.userId }],
      ["lead=yes", { leads: { some: { stage: { in: ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] } } } }],
      ["lead=no", { leads: { none: { stage: { in: ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] } } } }],
      ["marketing=yes", { consents: { some: { purpose: "MARKETING_EMAIL", granted: true } } }],
      ["marketing=no", { consents: { none: { purpose: "MARKETING_EMAIL", granted: true } } }],
      ["activity=30d", { lastActivityAt: { gte: new Date(NOW.getTime() - 30 * DAY) } }],
      [
        "activity=dormant",
        { OR: [{ lastActivityAt: null }, { lastActivityAt: { lt: new Date(NOW.getTime() - 90 * DAY) } }] },
      ],
    ];
    for (const [search, where] of cases) {
      const expected = await expectedIds(as.manager, where);
      expect(expected.length, search).toBeGreaterThan(0);
      expect(ids((await allRows(as.manager, filters(search))).rows), search).toEqual(expected);
    }
    const city = (await prisma.customer.findFirst({ where: { city: { not: null } }, select: { city: true } }))!.city!;
    const byCity = (await allRows(as.manager, filters(`city=${city.slice(0, 3).toLowerCase()}`))).rows;
    expect(ids(byCity)).toEqual(
      await expectedIds(as.manager, { city: { startsWith: city.slice(0, 3), mode: "insensitive" } }),
    );
  });

  it("searches by name, email, phone as typed and order number", async () => {
    expect(
      (await findCustomers(as.manager, filters("q=987 65 432"), NOW)).rows.filter((r) => r.name === "Tie"),
    ).toHaveLength(50);
    expect((await findCustomers(as.manager, filters("q=quiet1"), NOW)).rows.map((r) => r.name).sort()).toEqual(
      ["Quiet 1", ...Array.from({ length: 10 }, (_, i) => `Quiet 1${i}`)].sort(),
    );
    expect((await findCustomers(as.manager, filters("q=QUIET7@EXAMPLE"), NOW)).rows.map((r) => r.name)).toEqual([
      "Quiet 7",
    ]);
    const order = await prisma.order.findFirstOrThrow({ select: { number: true, customerId: true } });
    const byOrder = await findCustomers(as.manager, filters(`q=${order.number.replace("-", "").toLowerCase()}`), NOW);
    expect(byOrder.rows.map((r) => r.id)).toEqual([order.customerId]);
    expect((await findCustomers(as.manager, filters("q=100%_"), NOW)).rows).toEqual([]);
  });

  it("finds Müller by 'muller', phones typed with 0045 or 0047, and an order by its digits alone (defect 7)", async () => {
    const muller = await prisma.customer.create({
      data: { name: "Jürgen Müller", email: "jurgen@example.de", phone: "+4591827364", teamId: as.sales.teamId },
    });
    const names = async (q: string) =>
      (await findCustomers(as.manager, filters(`q=${encodeURIComponent(q)}`), NOW)).rows.map((r) => r.name);
    expect(await names("muller")).toEqual(["Jürgen Müller"]);
    expect(await names("MÜLLER jür")).toEqual(["Jürgen Müller"]);
    expect(await names("0045 91 82 73 64")).toEqual(["Jürgen Müller"]);
    expect(await names("+45 91827364")).toEqual(["Jürgen Müller"]);
    expect((await names("0047 987 65 432")).filter((n) => n === "Tie")).toHaveLength(50);
    const order = await prisma.order.findFirstOrThrow({ select: { number: true, customerId: true } });
    const digits = order.number.replace(/\D/g, "");
    const byDigits = await findCustomers(as.manager, filters(`q=${digits}`), NOW);
    expect(byDigits.rows.map((r) => r.id)).toContain(order.customerId);
    await prisma.customer.delete({ where: { id: muller.id } });
  });

  it("counts up to the cap, and says when it stopped", async () => {
    const page = await findCustomers(as.manager, filters("q=tie"), NOW);
    expect(page.total).toEqual({ count: 60, capped: false });
    expect(await countCustomers(as.manager, filters("q=tie"), NOW, 59)).toEqual({ count: 59, capped: true });
    expect(await countCustomers(as.manager, filters("q=tie"), NOW, 60)).toEqual({ count: 60, capped: false });
    const none = await findCustomers(as.manager, filters("q=nobody-is-called-this"), NOW);
    expect(none.total).toEqual({ count: 0, capped: false });
  });
});
