import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { testDatabases } from "@/test/worlds/databases";
import { ACTORS, openAccessWorld, type AccessWorld } from "@/test/worlds/access-world";
import { auditSql, auditWhere } from "./audit";
import { customerImportSql, customerImportWhere, mayManageImports } from "./customer-import";
import {
  customerListSql,
  customerListRowSql,
  customerListSqlBranches,
  customerListWhere,
  customerSql,
  customerSqlBranches,
  resolvedCustomerListBranches,
  customerWhere,
} from "./customer";
import { dashboardOwnerSql, dashboardOwnerWhere } from "./dashboard";
import type { StaffSession } from "./staff";
import { leadSql, leadSqlBranches, leadWhere } from "./lead";
import { orderSql, orderWhere } from "./order";
import { segmentSql, segmentWhere } from "./segment";

// Every rule has a Prisma form (for Prisma reads and writes) and a SQL form (for the raw-SQL lists
// and counts). Here both run on the same seeded world for every role × team × ownership case and
// must return the same rows — and not nothing, where the role sees something.

const NOW = new Date("2026-11-24T09:15:00Z");
let world: AccessWorld;
/** A team-B customer behind an unassigned lead routed to team A (a store's key, say): repA reaches it. */
let routedId: string;

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
async function sqlIds(query: Prisma.Sql): Promise<string[]> {
  return ids(await world.db.$queryRaw<{ id: string }[]>(query));
}

describe.each(testDatabases)("access rules, Prisma and SQL forms, on $name", (database) => {
  beforeAll(async () => {
    world = await openAccessWorld(database, NOW);
    const { as, teams } = world;
    // Segments: private and shared, of reps in each team, a rep without a team and the manager.
    for (const [owner, shared, teamId] of [
      ["repA", false, teams.A],
      ["repA", true, teams.A],
      ["repB", true, teams.B],
      ["repNoTeam", true, null],
      ["manager", true, null],
      ["manager", false, null],
    ] as const) {
      await world.db.segment.create({
        data: { name: `${owner}-${shared}`, ownerId: as[owner].userId, teamId, shared, filters: {} },
      });
    }
    const routed = await world.db.customer.create({
      data: { name: "Kunde routed", email: "routed@eksempel.no", teamId: teams.B, ownerId: as.repB.userId },
      select: { id: true },
    });
    routedId = routed.id;
    await world.db.lead.create({
      data: {
        customerId: routedId,
        ownerId: null,
        teamId: teams.A,
        interest: "Interesse routed",
        category: "CAR",
        sourceChannel: "CHAT",
        readiness: "HOT",
        waitingSince: NOW,
        slaDueAt: NOW,
        createdAt: NOW,
      },
    });
    await world.db.auditLog.create({ data: { actorId: as.manager.userId, action: "probe", entityType: "Probe" } });
    await world.db.customerImport.create({
      data: { createdById: as.manager.userId, fileName: "probe.csv", options: {}, state: "DONE", createdAt: NOW },
    });
  }, 120_000);
  afterAll(async () => world?.close());

  const sessions = (): [string, AppSession][] => [
    ...ACTORS.map((a) => [a, world.as[a]] as [string, AppSession]),
    ["customer without a record", { ...world.as.customer, customerId: null }],
    // An API key of repA's team (server/rest/principal.ts), here with a user who owns leads: a key owns nothing.
    ["team API key", { ...world.as.repA, apiKeyId: "00000000-0000-4000-8000-0000000000aa" }],
    ["API key without a team", { ...world.as.manager, apiKeyId: "00000000-0000-4000-8000-0000000000ab" }],
  ];

  it("lead: where = SQL = the UNION ALL of its branches", async () => {
    for (const [who, s] of sessions()) {
      const prisma = ids(await world.db.lead.findMany({ where: leadWhere(s), select: { id: true } }));
      expect(await sqlIds(Prisma.sql`SELECT l.id FROM "Lead" l WHERE ${leadSql(s, "l")}`), who).toEqual(prisma);
      const branches = leadSqlBranches(s, "l");
      const union = branches.length
        ? await sqlIds(
            Prisma.join(
              branches.map((b) => Prisma.sql`SELECT l.id FROM "Lead" l WHERE ${b}`),
              " UNION ALL ",
            ),
          )
        : [];
      expect(union, `${who}: branches never overlap`).toEqual(prisma);
      if (s.role !== "CUSTOMER") expect(prisma.length, who).toBeGreaterThan(0);
    }
  });

  it("customer: where = SQL = the UNION ALL of its branches, list form too; every lead a reader may open has a customer they may open", async () => {
    for (const [who, s] of sessions()) {
      const prisma = ids(await world.db.customer.findMany({ where: customerWhere(s), select: { id: true } }));
      expect(await sqlIds(Prisma.sql`SELECT c.id FROM "Customer" c WHERE ${customerSql(s, "c")}`), who).toEqual(prisma);
      const list = ids(await world.db.customer.findMany({ where: customerListWhere(s), select: { id: true } }));
      expect(await sqlIds(Prisma.sql`SELECT c.id FROM "Customer" c WHERE ${customerListSql(s, "c")}`), who).toEqual(
        list,
      );
      const union = async (branches: Prisma.Sql[]) =>
        branches.length
          ? sqlIds(
              Prisma.join(
                branches.map((b) => Prisma.sql`SELECT c.id FROM "Customer" c WHERE ${b}`),
                " UNION ALL ",
              ),
            )
          : [];
      expect(await union(customerSqlBranches(s, "c")), `${who}: branches never overlap`).toEqual(prisma);
      expect(await union(customerListSqlBranches(s, "c")), `${who}: list branches`).toEqual(list);
      if (who === "repA") expect(list, who).toContain(routedId);
      if (who === "repB") expect(list, who).toContain(routedId);
      if (who === "teammateA") expect(list, who).toContain(routedId);
      // Looked up once (the lists), and checked row by row (the top bar's search).
      expect(await union(await resolvedCustomerListBranches(world.db, s, "c")), `${who}: resolved`).toEqual(list);
      expect(
        await sqlIds(Prisma.sql`SELECT c.id FROM "Customer" c WHERE ${customerListRowSql(s, "c")}`),
        `${who}: row`,
      ).toEqual(list);
      expect(list.length, `${who}: the list leaves out only the erased`).toBe(
        prisma.length - (prisma.includes(world.rows.erased.customerId) ? 1 : 0),
      );
      const behindLeads = await world.db.customer.findMany({
        where: { leads: { some: leadWhere(s) } },
        select: { id: true },
      });
      expect(prisma, who).toEqual(expect.arrayContaining(ids(behindLeads)));
      if (s.customerId !== null || s.role !== "CUSTOMER") expect(prisma.length, who).toBeGreaterThan(0);
    }
  });

  it("order: where = SQL = the orders of the customers the reader may see", async () => {
    for (const [who, s] of sessions()) {
      const prisma = ids(await world.db.order.findMany({ where: orderWhere(s), select: { id: true } }));
      expect(await sqlIds(Prisma.sql`SELECT o.id FROM "Order" o WHERE ${orderSql(s, "o")}`), who).toEqual(prisma);
      const ofCustomers = ids(
        await world.db.order.findMany({
          where: {
            customerId: {
              in: ids(await world.db.customer.findMany({ where: customerWhere(s), select: { id: true } })),
            },
          },
          select: { id: true },
        }),
      );
      expect(prisma, who).toEqual(ofCustomers);
    }
  });

  it("customer and lead: a rep keeps reaching the customers behind their leads, and a team its unassigned leads, when a customer changes team or a lead changes customer", async () => {
    const { as, teams } = world;
    const reaches = async (s: AppSession, customerId: string) => {
      const prisma = ids(await world.db.customer.findMany({ where: customerListWhere(s), select: { id: true } }));
      const sql = await sqlIds(Prisma.sql`SELECT c.id FROM "Customer" c WHERE ${customerListSql(s, "c")}`);
      const resolved = await sqlIds(
        Prisma.join(
          (await resolvedCustomerListBranches(world.db, s, "c")).map(
            (b) => Prisma.sql`SELECT c.id FROM "Customer" c WHERE ${b}`,
          ),
          " UNION ALL ",
        ),
      );
      expect(sql).toEqual(prisma);
      expect(resolved).toEqual(prisma);
      return prisma.includes(customerId);
    };
    // A team-A customer nobody owns, behind a lead repA owns.
    const moved = await world.db.customer.create({
      data: { name: "Kunde flyttet", teamId: teams.A, ownerId: null },
      select: { id: true },
    });
    const lead = await world.db.lead.create({
      data: {
        customerId: moved.id,
        ownerId: as.repA.userId,
        interest: "Interesse flyttet",
        category: "CAR",
        sourceChannel: "WEB",
        readiness: "WARM",
        createdAt: NOW,
      },
      select: { id: true },
    });
    // And an unassigned lead of no team: the customer's team's to claim.
    const waiting = await world.db.lead.create({
      data: {
        customerId: moved.id,
        ownerId: null,
        teamId: null,
        interest: "Interesse ledig",
        category: "CAR",
        sourceChannel: "CHAT",
        readiness: "HOT",
        createdAt: NOW,
      },
      select: { id: true },
    });
    const sees = async (s: AppSession, leadId: string) => {
      const prisma = ids(await world.db.lead.findMany({ where: leadWhere(s), select: { id: true } }));
      expect(await sqlIds(Prisma.sql`SELECT l.id FROM "Lead" l WHERE ${leadSql(s, "l")}`)).toEqual(prisma);
      return prisma.includes(leadId);
    };
    expect(await reaches(as.repA, moved.id)).toBe(true);
    expect(await sees(as.teammateA, waiting.id)).toBe(true);
    expect(await sees(as.repB, waiting.id)).toBe(false);
    // The customer moves to team B: repA reaches them through the lead, no longer through the team,
    // and their unassigned lead is team B's to claim now.
    await world.db.customer.update({ where: { id: moved.id }, data: { teamId: teams.B } });
    expect(await reaches(as.repA, moved.id)).toBe(true);
    expect(await reaches(as.teammateA, moved.id)).toBe(false);
    expect(await sees(as.teammateA, waiting.id)).toBe(false);
    expect(await sees(as.repB, waiting.id)).toBe(true);
    // The lead moves to another team-B customer (a merge does this): repA reaches that one now.
    const other = await world.db.customer.create({
      data: { name: "Kunde annen", teamId: teams.B, ownerId: as.repB.userId },
      select: { id: true },
    });
    expect(await reaches(as.repA, other.id)).toBe(false);
    await world.db.lead.update({ where: { id: lead.id }, data: { customerId: other.id } });
    expect(await reaches(as.repA, other.id)).toBe(true);
    expect(await reaches(as.repA, moved.id)).toBe(false);
  });

  it("customer import: where = SQL, managers only", async () => {
    for (const [who, s] of sessions()) {
      const imports = ids(
        await world.db.customerImport.findMany({ where: customerImportWhere(s), select: { id: true } }),
      );
      expect(await sqlIds(Prisma.sql`SELECT i.id FROM "CustomerImport" i WHERE ${customerImportSql(s)}`), who).toEqual(
        imports,
      );
      expect(imports.length > 0, who).toBe(s.role === "MANAGER");
      expect(mayManageImports(s), who).toBe(s.role === "MANAGER");
    }
  });

  it("segment and audit: where = SQL", async () => {
    for (const [who, s] of sessions()) {
      const segments = ids(await world.db.segment.findMany({ where: segmentWhere(s), select: { id: true } }));
      expect(await sqlIds(Prisma.sql`SELECT s.id FROM "Segment" s WHERE ${segmentSql(s, "s")}`), who).toEqual(segments);
      const audit = ids(await world.db.auditLog.findMany({ where: auditWhere(s), select: { id: true } }));
      expect(await sqlIds(Prisma.sql`SELECT a.id FROM "AuditLog" a WHERE ${auditSql(s)}`), who).toEqual(audit);
      expect(audit.length > 0, who).toBe(s.role === "MANAGER");
    }
    // Own private segments are for their owner only; shared ones for the team (and managers).
    const names = async (s: AppSession) =>
      (await world.db.segment.findMany({ where: segmentWhere(s), select: { name: true } })).map((r) => r.name).sort();
    expect(await names(world.as.teammateA)).toEqual(["manager-true", "repA-true", "repNoTeam-true"]);
    expect(await names(world.as.repB)).toEqual(["manager-true", "repB-true", "repNoTeam-true"]);
  });

  it("dashboard: where = SQL for a rep and for a manager narrowed to a rep or a team", async () => {
    const base = { repId: undefined, teamId: undefined } as unknown as DashboardFilters;
    const cases: [string, StaffSession, DashboardFilters][] = [
      ["rep", world.as.repA as StaffSession, { ...base, teamId: world.teams.B } as DashboardFilters],
      ["manager", world.as.manager as StaffSession, base],
      [
        "manager, one rep",
        world.as.manager as StaffSession,
        { ...base, repId: world.as.repB.userId } as DashboardFilters,
      ],
      ["manager, one team", world.as.manager as StaffSession, { ...base, teamId: world.teams.A } as DashboardFilters],
    ];
    for (const [who, s, f] of cases) {
      const prisma = ids(await world.db.lead.findMany({ where: dashboardOwnerWhere(s, f), select: { id: true } }));
      expect(await sqlIds(Prisma.sql`SELECT l.id FROM "Lead" l WHERE ${dashboardOwnerSql(s, f)}`), who).toEqual(prisma);
      expect(prisma.length, who).toBeGreaterThan(0);
    }
  });
});
