import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { demoSessions } from "@/test/worlds/demo-sessions";
import { seedDatabase } from "@/prisma/seed";
import { foldText } from "@/lib/search/fold";
import { globalSearch } from "./global-search";

// The top bar's search against a real database on both engines: the demo seed plus a few people of
// our own with accents, phones and orders, in two teams, so "never another team's" can fail.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const NOW = new Date("2026-11-24T09:15:00Z");

describe.each(testDatabases)("globalSearch on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;
  const as: Record<"sales" | "sales2" | "manager" | "customer", AppSession> = {} as never;
  const ids: Record<"muller" | "aero" | "wonLead" | "order", string> = {} as never;

  beforeAll(async () => {
    sql = await database.open();
    await seedDatabase(sql, { customers: 60, now: NOW });
    prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    db.client = prisma;
    Object.assign(as, await demoSessions(prisma, ["sales", "sales2", "manager", "customer"]));
    expect(as.sales.teamId).not.toEqual(as.sales2.teamId);
    const muller = await prisma.customer.create({
      data: { name: "Jürgen Müller", email: "jurgen@eksempel.de", phone: "+4791299887", teamId: as.sales.teamId },
    });
    const aero = await prisma.customer.create({
      data: { name: "Åse Ærø-Müller", email: "ase.aero@fjordpost.dk", phone: "+4522998877", teamId: as.sales2.teamId },
    });
    const won = await prisma.lead.create({
      data: {
        customerId: muller.id,
        ownerId: as.sales.userId,
        interest: "Kjøkken",
        category: "KITCHEN",
        sourceChannel: "WEB",
        stage: "WON",
        closedAt: NOW,
      },
    });
    const order = await prisma.order.create({
      data: {
        number: "ZX-987654",
        customerId: muller.id,
        product: "Kjøkken Nova",
        category: "KITCHEN",
        totalMinor: 1000,
        placedAt: NOW,
      },
    });
    Object.assign(ids, { muller: muller.id, aero: aero.id, wonLead: won.id, order: order.id });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await sql?.close();
  });

  const customerIds = async (session: AppSession, q: string) =>
    (await globalSearch(session, q)).customers.rows.map((r) => r.id);

  it("folds in the database exactly as lib/search/fold.ts does", async () => {
    const samples = ["Müller", "ÆRØ aerø", "Åse Bjørnstad", "Straße Þór", "Élodie Łukasz", "Ирина", "A\u00a0B"];
    for (const s of samples) {
      const [row] = await prisma.$queryRaw<{ f: string }[]>`SELECT reise_search_fold(${s}) AS f`;
      expect(row.f, s).toBe(foldText(s));
    }
  });

  it("ignores case, accents and the Nordic letters' spelling", async () => {
    for (const q of ["muller", "MÜLLER", "jurgen mul", "Jürgen"])
      expect(await customerIds(as.manager, q), q).toContain(ids.muller);
    for (const q of ["aero", "ærø", "aerø", "ase aero", "Åse"])
      expect(await customerIds(as.manager, q), q).toContain(ids.aero);
    expect(await customerIds(as.manager, "fjordpost.dk")).toEqual([ids.aero]);
  });

  it("finds a phone however it is typed", async () => {
    for (const q of ["+47 912 99 887", "0047 912 99 887", "004791299887", "912 99 887", "912-99", "4791299887"])
      expect(await customerIds(as.manager, q), q).toEqual([ids.muller]);
    for (const q of ["0045 22 99 88 77", "+45 2299 8877", "22998877"])
      expect(await customerIds(as.manager, q), q).toEqual([ids.aero]);
  });

  it("finds an order by its number with or without the prefix, and the customer behind it", async () => {
    for (const q of ["ZX-987654", "zx987654", "987654", "98765"]) {
      const found = await globalSearch(as.manager, q);
      expect(
        found.orders.rows.map((r) => r.id),
        q,
      ).toContain(ids.order);
    }
    expect((await globalSearch(as.manager, "987654")).customers.rows.map((r) => r.id)).toContain(ids.muller);
    expect((await globalSearch(as.manager, "YY-987654")).orders.rows).toEqual([]);
  });

  it("finds closed leads as well as open ones, open first", async () => {
    const leads = (await globalSearch(as.sales, "muller")).leads.rows;
    expect(leads.find((l) => l.id === ids.wonLead)).toMatchObject({ stage: "WON", open: false });
    const seeded = await globalSearch(as.manager, "a");
    expect(seeded).toEqual(await globalSearch(as.manager, ""));
  });

  it("never returns what the user may not open: a rep sees only their own team's customer", async () => {
    const mine = await globalSearch(as.sales, "muller");
    expect(mine.customers.rows.map((r) => r.id)).toEqual([ids.muller]);
    expect(mine.orders.rows.map((r) => r.id)).toEqual([ids.order]);
    const theirs = await globalSearch(as.sales2, "muller");
    expect(theirs.customers.rows.map((r) => r.id)).toEqual([ids.aero]);
    expect(theirs.leads.rows).toEqual([]);
    expect(theirs.orders.rows).toEqual([]);
    expect((await globalSearch(as.sales2, "ZX-987654")).orders.rows).toEqual([]);
    expect(await customerIds(as.sales, "0045 22 99 88 77")).toEqual([]);
    await expect(globalSearch(as.customer, "muller")).rejects.toThrow();
    await expect(globalSearch(null, "muller")).rejects.toThrow();
  });

  it("finds another team's customer a rep reaches through a lead they own, by name, phone and order, and no other", async () => {
    // The lookup of the customers a rep reaches outside their team reads only the customers the
    // text finds: this must still be the rule's answer, for words and for an order's number.
    const reached = await prisma.customer.create({
      data: { name: "Øystein Brøndbø", email: "oystein@naboteam.no", phone: "+4790011223", teamId: as.sales2.teamId },
    });
    const notReached = await prisma.customer.create({
      data: { name: "Øystein Brøndbø", email: "oystein2@naboteam.no", phone: "+4790011224", teamId: as.sales2.teamId },
    });
    await prisma.lead.create({
      data: {
        customerId: reached.id,
        ownerId: as.sales.userId,
        interest: "Tilhenger",
        category: "CAR",
        sourceChannel: "WEB",
      },
    });
    const order = await prisma.order.create({
      data: {
        number: "ZX-555123",
        customerId: reached.id,
        product: "Tilhenger",
        category: "CAR",
        totalMinor: 1,
        placedAt: NOW,
      },
    });
    await prisma.order.create({
      data: {
        number: "ZX-555124",
        customerId: notReached.id,
        product: "Tilhenger",
        category: "CAR",
        totalMinor: 1,
        placedAt: NOW,
      },
    });
    expect(await customerIds(as.sales, "oystein brondbo")).toEqual([reached.id]);
    expect(await customerIds(as.sales, "0047 900 11 223")).toEqual([reached.id]);
    expect(await customerIds(as.sales, "0047 900 11 224")).toEqual([]);
    expect((await globalSearch(as.sales, "555123")).orders.rows.map((r) => r.id)).toEqual([order.id]);
    expect((await globalSearch(as.sales, "555124")).orders.rows).toEqual([]);
    // Their own team sees both.
    expect((await customerIds(as.sales2, "oystein brondbo")).sort()).toEqual([reached.id, notReached.id].sort());
  });

  it("limits each group and says there is more", async () => {
    await prisma.customer.createMany({ data: Array.from({ length: 7 }, (_, i) => ({ name: `Zqxwv ${i}` })) });
    const found = await globalSearch(as.manager, "zqxwv");
    expect(found.customers.rows.map((r) => r.name)).toEqual(["Zqxwv 0", "Zqxwv 1", "Zqxwv 2", "Zqxwv 3", "Zqxwv 4"]);
    expect(found.customers.more).toBe(true);
    expect((await globalSearch(as.manager, "zqxwv 6")).customers).toEqual({
      rows: [expect.objectContaining({ name: "Zqxwv 6" })],
      more: false,
    });
  });
});
