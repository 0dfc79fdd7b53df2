import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { demoSessions } from "@/test/worlds/demo-sessions";
import { LEAD_SORTS } from "@/lib/validation/lead-filter-options";
import { parseLeadFilters, type LeadFilters } from "@/lib/validation/lead-filters";
import { seedDatabase } from "@/prisma/seed";
import { findLeadChanges, findLeads, leadListSql, type LeadListRow } from "./list-queries";
import { leadWhere } from "@/server/access/lead";
import { getLeadSummary } from "./summary-queries";

// findLeads against a real database: the demo seed (small) plus a block of leads whose sort keys
// all tie, so a page boundary falls inside a tie and only the id can order them.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const NOW = new Date("2026-11-24T09:15:00Z");
const TIES = 60;

const filters = (search = "") => parseLeadFilters(new URLSearchParams(search));

describe.each(testDatabases)("findLeads on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;
  const as: Record<"sales" | "sales2" | "manager" | "customer", AppSession> = {} as never;

  beforeAll(async () => {
    sql = await database.open();
    await seedDatabase(sql, { customers: 150, now: NOW });
    prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    db.client = prisma;
    Object.assign(as, await demoSessions(prisma, ["sales", "sales2", "manager", "customer"]));
    const waiting = await prisma.customer.create({ data: { name: "Queue Kunde" }, select: { id: true } });
    await prisma.lead.create({
      data: {
        customerId: waiting.id,
        interest: "Unassigned",
        category: "CAR",
        sourceChannel: "CHAT",
        readiness: "HOT",
      },
    });
    // Unassigned leads of a customer of the rep's team and (above) of one no team holds yet: theirs
    // to claim. Another team's unassigned lead is not.
    const teamQueue = await prisma.customer.create({
      data: { name: "Team Queue Kunde", teamId: as.sales.teamId },
      select: { id: true },
    });
    await prisma.lead.create({
      data: {
        customerId: teamQueue.id,
        interest: "Unassigned in team",
        category: "CAR",
        sourceChannel: "CHAT",
        readiness: "HOT",
      },
    });
    const otherTeam = await prisma.team.create({ data: { name: "Andre Forretning" }, select: { id: true } });
    const otherQueue = await prisma.customer.create({
      data: { name: "Other Queue Kunde", teamId: otherTeam.id },
      select: { id: true },
    });
    await prisma.lead.create({
      data: {
        customerId: otherQueue.id,
        interest: "Unassigned elsewhere",
        category: "CAR",
        sourceChannel: "CHAT",
        readiness: "HOT",
      },
    });
    // Blocks of hand-made leads so page boundaries fall inside every region of the order, on ties:
    // SLA running (triples share a due time), follow-up only (pairs share one), and nothing at all.
    const minute = 60_000;
    const block = [
      ...Array.from({ length: 70 }, (_, i) => ({
        slaDueAt: new Date(NOW.getTime() + (Math.floor(i / 3) - 10) * minute),
        nextFollowUpAt: i % 2 ? new Date(NOW.getTime() + minute) : null,
        score: (i % 4) * 10,
      })),
      ...Array.from({ length: 70 }, (_, i) => ({
        slaDueAt: null,
        nextFollowUpAt: new Date(NOW.getTime() + Math.floor(i / 2) * 60 * minute),
        score: (i % 3) * 20,
      })),
      ...Array.from({ length: TIES }, () => ({ slaDueAt: null, nextFollowUpAt: null, score: 42 })),
    ];
    const customerIds = block.map(() => crypto.randomUUID());
    await prisma.customer.createMany({
      data: customerIds.map((id, i) => ({ id, name: `Tie ${i}`, phone: "+4791234567" })),
    });
    await prisma.lead.createMany({
      data: block.map((keys, i) => {
        const waitingSince = keys.slaDueAt ? new Date(keys.slaDueAt.getTime() - 15 * minute) : null;
        return {
          customerId: customerIds[i],
          ownerId: as.sales.userId,
          interest: "Tie",
          category: "CAR",
          sourceChannel: "WEB",
          stage: "QUALIFIED",
          readiness: "WARM",
          ...keys,
          waitingSince,
          createdAt: new Date(NOW.getTime() - (i % 7) * minute),
          lastActivityAt: waitingSince ?? NOW,
        } as const;
      }),
    });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await sql?.close();
  });

  async function allPages(session: AppSession, f: LeadFilters): Promise<LeadListRow[][]> {
    const pages: LeadListRow[][] = [];
    for (let cursor: string | undefined, guard = 0; guard < 100; guard++) {
      const page = await findLeads(session, { ...f, cursor }, NOW);
      pages.push(page.rows);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return pages;
  }

  /** The same set through Prisma and the lead rule's where form: what the list must show, no more, no less. */
  async function expectedIds(session: AppSession, extra: Prisma.LeadWhereInput = {}) {
    const rows = await prisma.lead.findMany({
      where: {
        AND: [
          leadWhere(session),
          {
            stage: { in: ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] },
            OR: [{ readiness: { in: ["HOT", "WARM"] } }, { waitingSince: { not: null } }],
          },
          extra,
        ],
      },
      select: { id: true },
    });
    return rows.map((r) => r.id).sort();
  }

  const time = (iso: string | null) => (iso === null ? Infinity : Date.parse(iso));
  function whoWaitsOrder(a: LeadListRow, b: LeadListRow) {
    return (
      time(a.slaDueAt) - time(b.slaDueAt) ||
      time(a.nextFollowUpAt) - time(b.nextFollowUpAt) ||
      b.score - a.score ||
      (a.id < b.id ? -1 : 1)
    );
  }

  it("puts who waits on us first: most overdue, then SLA running out, then follow-ups due, then score", async () => {
    const rows = (await allPages(as.manager, filters())).flat();
    expect(rows).toEqual([...rows].sort(whoWaitsOrder));
    const breached = rows.filter((r) => r.slaDueAt && Date.parse(r.slaDueAt) <= NOW.getTime());
    expect(breached.length).toBeGreaterThan(0);
    expect(rows.slice(0, breached.length)).toEqual(breached);
    const firstFollowUpOnly = rows.findIndex((r) => !r.slaDueAt);
    expect(rows.slice(firstFollowUpOnly).every((r) => !r.slaDueAt)).toBe(true);
  });

  it.each(LEAD_SORTS)("pages by keyset without overlap or gap (sort=%s)", async (sort) => {
    const pages = await allPages(as.manager, filters(`sort=${sort}`));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, -1).every((p) => p.length === 50)).toBe(true);
    const ids = pages.flat().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(await expectedIds(as.manager));
  });

  // Every sort reads backwards too (issue 22, defect 5): the exact reverse of its order, page by page,
  // from the same index read the other way; a cursor made for one direction is no cursor for the other.
  it.each(LEAD_SORTS)("reverses sort=%s exactly, paging by keyset without overlap or gap", async (sort) => {
    const forward = (await allPages(as.manager, filters(`sort=${sort}`))).flat();
    const pages = await allPages(as.manager, filters(`sort=${sort}&reverse=1`));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(0, -1).every((p) => p.length === 50)).toBe(true);
    expect(pages.flat().map((r) => r.id)).toEqual(forward.map((r) => r.id).reverse());
    const first = await findLeads(as.manager, filters(`sort=${sort}`), NOW);
    const misread = await findLeads(as.manager, filters(`sort=${sort}&reverse=1&cursor=${first.nextCursor}`), NOW);
    expect(misread.rows.map((r) => r.id)).toEqual(pages[0].map((r) => r.id));
  });

  /** The manager's list plan for `f`, with sorts and sequential scans priced out: told a sort costs a
   * fortune, the planner still sorts when no index gives the order. */
  const planWithoutSort = (f: LeadFilters) =>
    prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_sort = off`;
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN ${leadListSql(as.manager, f, NOW)}`,
      );
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });

  it.each(LEAD_SORTS)("reads sort=%s either way from its one index, without a sort step", async (sort) => {
    for (const search of [`sort=${sort}`, `sort=${sort}&reverse=1`]) {
      const f = filters(search);
      const second = { ...f, cursor: (await findLeads(as.manager, f, NOW)).nextCursor ?? undefined };
      const plan = await planWithoutSort(second);
      expect(plan, search).not.toMatch(/\bSort\b/);
      expect(plan, search).toMatch(/Lead_open_\w+_idx/);
    }
  });

  it("reads chosen stages from the open-lead index of the sort, the stages saying 'open' on their own", async () => {
    // The open stages are not repeated beside the chosen ones (the planner multiplied the two); the
    // partial index's predicate must still follow from the chosen stages alone.
    const f = filters("stage=NEW,CONTACTED&channel=CHAT&sort=waiting");
    const plan = await planWithoutSort(f);
    expect(plan).toMatch(/Lead_open_waiting_idx/);
    expect(plan).not.toMatch(/\bSort\b/);
    const page = await findLeads(as.manager, f, NOW);
    expect(page.rows.length).toBeGreaterThan(0);
    expect(new Set(page.rows.map((r) => r.stage))).toEqual(new Set(["NEW", "CONTACTED"]));
  });

  it("shows the first page for a hand-edited cursor the database could not read", async () => {
    const first = await findLeads(as.manager, filters("sort=score"), NOW);
    const id = first.rows[0].id;
    const edited = (s: string, k: unknown[]) => Buffer.from(JSON.stringify({ s, k })).toString("base64url");
    for (const cursor of [
      edited("score", [2147483648, id]),
      edited("created", ["2026-02-30T00:00:00.000Z", id]),
      edited("created", ["1", id]),
      edited("created", ["+275760-09-13T00:00:00.000Z", id]),
    ]) {
      const sort = JSON.parse(Buffer.from(cursor, "base64url").toString()).s;
      const page = await findLeads(as.manager, filters(`sort=${sort}&cursor=${cursor}`), NOW);
      expect(page, sort).toEqual(await findLeads(as.manager, filters(`sort=${sort}`), NOW));
    }
  });

  it("searches without the control characters a hand-edited link put in (PostgreSQL refuses NUL)", async () => {
    expect(await findLeads(as.manager, filters("q=tie%00%1B 19"), NOW)).toEqual(
      await findLeads(as.manager, filters("q=tie 19"), NOW),
    );
  });

  it("shows a sales rep their own leads and the unassigned ones of their team or of no team, whatever the URL asks", async () => {
    const own = (await allPages(as.sales, filters())).flat();
    expect(own.map((r) => r.id).sort()).toEqual(await expectedIds(as.sales));
    const owners = new Set(own.map((r) => r.ownerName));
    expect([...owners].sort()).toEqual(["Magnus Berg", null].sort());
    expect(own.some((r) => r.customerName === "Team Queue Kunde")).toBe(true);
    expect(own.some((r) => r.customerName === "Queue Kunde")).toBe(true);
    expect(own.some((r) => r.customerName === "Other Queue Kunde")).toBe(false);

    const reps = await prisma.user.findMany({ where: { role: "SALES" }, select: { id: true } });
    for (const rep of reps.filter((r) => r.id !== as.sales.userId)) {
      const asked = (await allPages(as.sales, filters(`rep=${rep.id}`))).flat();
      expect(asked.map((r) => r.id).sort()).toEqual(await expectedIds(as.sales));
    }
  });

  it("lets a manager see every lead, and one rep's with the picker", async () => {
    const all = (await allPages(as.manager, filters())).flat();
    expect(new Set(all.map((r) => r.ownerName)).size).toBeGreaterThan(3);
    const one = (await allPages(as.manager, filters(`rep=${as.sales2.userId}`))).flat();
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((r) => r.ownerName === "Mette Kjær")).toBe(true);
  });

  it("gives a customer or a missing session nothing", async () => {
    await expect(findLeads(as.customer, filters(), NOW)).rejects.toThrow();
    await expect(findLeads(null, filters(), NOW)).rejects.toThrow();
    await expect(findLeadChanges(as.customer, NOW)).rejects.toThrow();
  });

  it("keeps slow-trackers in the nurture view until they wait on an answer", async () => {
    // A slow-tracker's question that nobody answered (a customer asking about their order on a
    // Friday evening scores nothing, but waits on us all the same): it belongs in the work list.
    const customer = await prisma.customer.create({ data: { name: "Slow Spørsmål" }, select: { id: true } });
    const asked = await prisma.lead.create({
      data: {
        customerId: customer.id,
        ownerId: as.sales.userId,
        interest: "NB-1: Kan jeg hente den tidligere?",
        category: "CAR",
        sourceChannel: "WEB",
        readiness: "SLOW",
        score: 0,
        waitingSince: new Date(NOW.getTime() - 3 * 86_400_000),
        slaDueAt: new Date(NOW.getTime() - 2 * 86_400_000),
      },
      select: { id: true },
    });
    const nurture = (await allPages(as.manager, filters("view=nurture"))).flat();
    expect(nurture.length).toBeGreaterThan(0);
    expect(nurture.every((r) => r.readiness === "SLOW" && r.waitingSince === null)).toBe(true);
    const active = (await allPages(as.manager, filters())).flat();
    expect(active.map((r) => r.id)).toContain(asked.id);
    expect(active.filter((r) => r.readiness === "SLOW").every((r) => r.waitingSince !== null)).toBe(true);
    expect((await allPages(as.sales, filters("overdue=1"))).flat().map((r) => r.id)).toContain(asked.id);
  });

  it("filters by stage, channel, overdue and search on name or phone digits", async () => {
    const stages = (await allPages(as.manager, filters("stage=NEW,PROPOSAL"))).flat();
    expect(new Set(stages.map((r) => r.stage))).toEqual(new Set(["NEW", "PROPOSAL"]));
    const overdue = (await allPages(as.manager, filters("overdue=1"))).flat();
    expect(overdue.length).toBeGreaterThan(0);
    for (const r of overdue)
      expect(time(r.slaDueAt) <= NOW.getTime() || time(r.nextFollowUpAt) < NOW.getTime()).toBe(true);
    const byPhone = (await allPages(as.manager, filters("q=912 34 567"))).flat();
    expect(byPhone.filter((r) => r.customerName.startsWith("Tie ")).length).toBe(200);
    const byName = await findLeads(as.manager, filters("q=tie 19"), NOW);
    expect(byName.rows.map((r) => r.customerName).sort()).toEqual(
      ["Tie 19", ...Array.from({ length: 10 }, (_, i) => `Tie 19${i}`)].sort(),
    );
    // % and _ are no wildcards: they separate words, like any punctuation ("100%_" is the word "100").
    const wild = await findLeads(as.manager, filters("q=100%_"), NOW);
    expect(wild).toEqual(await findLeads(as.manager, filters("q=100"), NOW));
    expect(wild.rows.every((r) => /\b100/.test(r.customerName))).toBe(true);
  });

  it("filters by campaign, and by a team's members for managers only", async () => {
    const campaign = await prisma.campaign.findFirstOrThrow({
      where: { leads: { some: { stage: "NEW" } } },
      select: { id: true },
    });
    const byCampaign = (await allPages(as.manager, filters(`campaign=${campaign.id}`)))
      .flat()
      .map((r) => r.id)
      .sort();
    expect(byCampaign.length).toBeGreaterThan(0);
    expect(byCampaign).toEqual(await expectedIds(as.manager, { campaignId: campaign.id }));

    const team = as.sales.teamId!;
    const byTeam = (await allPages(as.manager, filters(`team=${team}`)))
      .flat()
      .map((r) => r.id)
      .sort();
    expect(byTeam).toEqual(await expectedIds(as.manager, { owner: { teamId: team } }));
    expect(byTeam.length).toBeGreaterThan(0);
    // A sales rep's scope is their own and unassigned leads; a team in the URL cannot widen or change it.
    const repAll = (await allPages(as.sales, filters("")))
      .flat()
      .map((r) => r.id)
      .sort();
    expect(
      (await allPages(as.sales, filters(`team=${team}`)))
        .flat()
        .map((r) => r.id)
        .sort(),
    ).toEqual(repAll);
  });

  it("sums up the open leads, breached and due within the hour, in the user's scope", async () => {
    const open: Prisma.LeadWhereInput = { stage: { in: ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] } };
    const inAnHour = new Date(NOW.getTime() + 3_600_000);
    for (const who of [as.sales, as.manager]) {
      const base = { AND: [leadWhere(who), open] };
      const expected = {
        open: await prisma.lead.count({ where: base }),
        breached: await prisma.lead.count({ where: { AND: [base, { slaDueAt: { lt: NOW } }] } }),
        dueWithinHour: await prisma.lead.count({ where: { AND: [base, { slaDueAt: { gte: NOW, lt: inAnHour } }] } }),
      };
      expect(expected.breached).toBeGreaterThan(0);
      expect(expected.dueWithinHour).toBeGreaterThan(0);
      expect(await getLeadSummary(who, NOW)).toEqual(expected);
    }
    expect(await getLeadSummary(as.customer, NOW)).toEqual({ open: 0, breached: 0, dueWithinHour: 0 });
  });

  it("counts changes since a moment, within the user's scope", async () => {
    // The seed writes rows relative to NOW, which may be ahead of the clock: start after all of them.
    const before = (await prisma.lead.aggregate({ _max: { updatedAt: true } }))._max.updatedAt!;
    expect((await findLeadChanges(as.manager, before)).count).toBe(0);
    const customer = await prisma.customer.create({ data: { name: "Fresh" }, select: { id: true } });
    await prisma.lead.create({
      data: {
        customerId: customer.id,
        ownerId: as.sales2.userId,
        interest: "New",
        category: "CAR",
        sourceChannel: "CHAT",
        updatedAt: new Date(before.getTime() + 1000),
      },
    });
    expect((await findLeadChanges(as.manager, before)).count).toBe(1);
    expect((await findLeadChanges(as.sales, before)).count).toBe(0);
  });
});
