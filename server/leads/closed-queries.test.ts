import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { parseClosedLeadFilters } from "@/lib/validation/closed-lead-filters";
import { CLOSED_PAGE_SIZE } from "@/lib/validation/closed-lead-options";
import { findClosedLeads, type ClosedLeadRow } from "./closed-queries";
import type { AppSession } from "@/server/auth/session";

// The Closed view against a real database: the lead rule decides what a rep sees, pages follow
// (closedAt DESC, id) without gaps or repeats across ties, and each filter narrows as it says.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const DAY = 24 * 60 * 60_000;
// 09:00 in Oslo on 20 Nov 2026; the date filters read the reader's own calendar days.
const BASE = new Date("2026-11-20T08:00:00Z");
const TIES = 60;

const filters = (search = "") => parseClosedLeadFilters(new URLSearchParams(search));

describe.each(testDatabases)("findClosedLeads on $name", (database) => {
  let w: LeadWorld;
  const ids: Record<string, string> = {};

  async function closedLead(
    key: string,
    opts: {
      ownerId: string | null;
      stage: "WON" | "LOST" | "NEW";
      closedAt: Date | null;
      name?: string;
      email?: string;
      interest?: string;
      channel?: "CHAT" | "PHONE" | "EMAIL";
      lostReason?: string;
    },
  ) {
    const customer = await w.db.customer.create({
      data: { name: opts.name ?? `Kunde ${key}`, email: opts.email ?? null, currency: "DKK" },
      select: { id: true },
    });
    const lead = await w.db.lead.create({
      data: {
        customerId: customer.id,
        ownerId: opts.ownerId,
        interest: opts.interest ?? "Elbil",
        category: "CAR",
        sourceChannel: opts.channel ?? "CHAT",
        stage: opts.stage,
        closedAt: opts.closedAt,
        lostReason: opts.lostReason ?? null,
        valueMinor: 45_000_00,
      },
      select: { id: true },
    });
    ids[key] = lead.id;
    return lead.id;
  }

  beforeAll(async () => {
    w = await openLeadWorld(database);
    db.client = w.db;
    await closedLead("repWon", { ownerId: w.sales.userId, stage: "WON", closedAt: BASE, name: "Astrid Won" });
    await closedLead("repLost", {
      ownerId: w.sales.userId,
      stage: "LOST",
      closedAt: new Date(BASE.getTime() - DAY),
      name: "Bjørn Lost",
      email: "bjorn@eksempel.no",
      interest: "Kjøkken",
      channel: "PHONE",
      lostReason: "Too expensive",
    });
    await closedLead("otherRep", {
      ownerId: w.sales2.userId,
      stage: "LOST",
      closedAt: new Date(BASE.getTime() - 2 * DAY),
      name: "Cecilie Other",
    });
    // Unassigned and team-less: every rep's to see, as in the open list.
    await closedLead("unassigned", {
      ownerId: null,
      stage: "WON",
      closedAt: new Date(BASE.getTime() - 3 * DAY),
      name: "Dag Unassigned",
    });
    await closedLead("open", { ownerId: w.sales.userId, stage: "NEW", closedAt: null, name: "Eva Open" });
  });
  afterAll(async () => w?.close());

  const names = (rows: ClosedLeadRow[]) => rows.map((r) => r.customerName);

  it("shows a rep their own and the claimable closed leads, a manager all, a customer nothing", async () => {
    expect(names((await findClosedLeads(w.sales, filters())).rows)).toEqual([
      "Astrid Won",
      "Bjørn Lost",
      "Dag Unassigned",
    ]);
    expect(names((await findClosedLeads(w.manager, filters())).rows)).toEqual([
      "Astrid Won",
      "Bjørn Lost",
      "Cecilie Other",
      "Dag Unassigned",
    ]);
    await expect(findClosedLeads(w.customer, filters())).rejects.toThrow();
    await expect(findClosedLeads(null, filters())).rejects.toThrow();
  });

  it("returns outcome, reason, date, value in the customer's currency and owner", async () => {
    const [row] = (await findClosedLeads(w.sales, filters("outcome=LOST"))).rows;
    expect(row).toMatchObject({
      id: ids.repLost,
      outcome: "LOST",
      lostReason: "Too expensive",
      reasonLabel: null,
      closedAt: new Date(BASE.getTime() - DAY).toISOString(),
      valueMinor: 45_000_00,
      currency: "DKK",
      ownerName: "sales",
    });
  });

  it("filters by outcome, channel, owner (managers only) and closed day in the reader's time zone", async () => {
    expect(names((await findClosedLeads(w.manager, filters("outcome=WON"))).rows)).toEqual([
      "Astrid Won",
      "Dag Unassigned",
    ]);
    expect(names((await findClosedLeads(w.manager, filters("channel=PHONE"))).rows)).toEqual(["Bjørn Lost"]);
    expect(names((await findClosedLeads(w.manager, filters(`owner=${w.sales2.userId}`))).rows)).toEqual([
      "Cecilie Other",
    ]);
    // A rep cannot widen their scope with someone else's id: the param is ignored.
    expect(names((await findClosedLeads(w.sales, filters(`owner=${w.sales2.userId}`))).rows)).toEqual([
      "Astrid Won",
      "Bjørn Lost",
      "Dag Unassigned",
    ]);
    // 19 Nov in Oslo: the lead closed at 09:00 local that day, and only it.
    expect(names((await findClosedLeads(w.manager, filters("from=2026-11-19&to=2026-11-19"))).rows)).toEqual([
      "Bjørn Lost",
    ]);
    expect(names((await findClosedLeads(w.manager, filters("from=2026-11-19"))).rows)).toEqual([
      "Astrid Won",
      "Bjørn Lost",
    ]);
    expect(names((await findClosedLeads(w.manager, filters("to=2026-11-18"))).rows)).toEqual([
      "Cecilie Other",
      "Dag Unassigned",
    ]);
  });

  it("searches customer name, e-mail and interest, and treats % and _ as text", async () => {
    expect(names((await findClosedLeads(w.sales, filters("q=bjørn"))).rows)).toEqual(["Bjørn Lost"]);
    expect(names((await findClosedLeads(w.sales, filters("q=EKSEMPEL.NO"))).rows)).toEqual(["Bjørn Lost"]);
    expect(names((await findClosedLeads(w.sales, filters("q=kjøkken"))).rows)).toEqual(["Bjørn Lost"]);
    expect((await findClosedLeads(w.sales, filters("q=%25"))).rows).toEqual([]);
    // The other rep's lead is not found by name either.
    expect((await findClosedLeads(w.sales, filters("q=Cecilie"))).rows).toEqual([]);
  });

  it("pages by keyset through ties on closedAt without gaps or repeats", async () => {
    const tie = new Date(BASE.getTime() - 10 * DAY);
    const made: string[] = [];
    for (let i = 0; i < TIES; i++) {
      made.push(await closedLead(`tie${i}`, { ownerId: w.sales2.userId, stage: "LOST", closedAt: tie, name: "Tie" }));
    }
    const seen: ClosedLeadRow[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof findClosedLeads>> = await findClosedLeads(
        w.manager,
        filters(`owner=${w.sales2.userId}${cursor ? `&cursor=${cursor}` : ""}`),
      );
      expect(page.rows.length).toBeLessThanOrEqual(CLOSED_PAGE_SIZE);
      seen.push(...page.rows);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 5);
    expect(pages).toBe(2);
    expect(seen.map((r) => r.id)).toEqual([ids.otherRep, ...[...made].sort()]);
    // A cursor made for another list, or garbage, means the first page, never an error.
    const session: AppSession = w.manager;
    expect((await findClosedLeads(session, filters("cursor=bm90LWEtY3Vyc29y"))).rows[0].id).toBe(ids.repWon);
  });
});
