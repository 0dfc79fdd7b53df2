import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/en/pipeline.json";
import type { AppSession } from "@/server/auth/session";
import { parseLeadFilters } from "@/lib/validation/lead-filters";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";

// The pipeline board against a real database: what each user sees by stage (the lead rule and the
// filters), the columns' counts and sums, "Show more" by keyset, and the one move action with its
// version check, access rule and what closing needs.

let world: LeadWorld;
let signedIn: AppSession | null = null;
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
vi.mock("@/server/auth/session", () => ({
  requireStaff: async () => {
    if (!signedIn) throw new Error("NEXT_REDIRECT;/login");
    return signedIn;
  },
}));
vi.mock("next-intl/server", () => ({
  getTranslations:
    async (namespace: string) =>
    (key: string, values: Record<string, unknown> = {}) => {
      const text = [...namespace.split(".").slice(1), ...key.split(".")].reduce<unknown>(
        (node, part) => (node as Record<string, unknown>)[part],
        en,
      ) as string;
      return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
    },
}));
const { findBoard, findBoardColumn, BOARD_PAGE_SIZE } = await import("./board-queries");
const { moveLeadOnBoardAction } = await import("./board-actions");

const NOW = new Date("2026-11-24T09:15:00Z");
const PRICE = "0a7e5d10-1c1b-4f39-9a0e-000000000002"; // "Price too high", from the migration
const all = parseLeadFilters({});

type LeadOpts = { ownerId?: string | null; stage?: "NEW" | "CONTACTED" | "PROPOSAL" | "WON"; value?: number };
async function lead(name: string, o: LeadOpts & { currency?: "NOK" | "DKK"; minutesAgo?: number } = {}) {
  const customer = await world.db.customer.create({ data: { name, currency: o.currency ?? "NOK" } });
  const at = new Date(NOW.getTime() - (o.minutesAgo ?? 0) * 60_000);
  return world.db.lead.create({
    data: {
      customerId: customer.id,
      ownerId: o.ownerId ?? null,
      interest: "Elbil",
      category: "CAR",
      sourceChannel: "CHAT",
      stage: o.stage ?? "NEW",
      valueMinor: o.value ?? 0,
      lastActivityAt: at,
    },
    select: { id: true, version: true },
  });
}

describe.each(testDatabases)("the pipeline board on $name", (database) => {
  beforeAll(async () => {
    world = await openLeadWorld(database);
  });
  afterAll(async () => world?.close());
  beforeEach(async () => {
    signedIn = null;
    await world.db.auditLog.deleteMany();
    await world.db.lead.deleteMany();
  });

  it("shows each user their own scope by stage, with counts and per-currency sums of every lead in it", async () => {
    const { sales, sales2, manager } = world;
    await lead("Own NOK", { ownerId: sales.userId, value: 100_000 });
    await lead("Own DKK", { ownerId: sales.userId, value: 50_000, currency: "DKK" });
    await lead("Unassigned", { value: 7_000 });
    await lead("Colleague's", { ownerId: sales2.userId, stage: "CONTACTED", value: 900_000 });
    await lead("Own proposal", { ownerId: sales.userId, stage: "PROPOSAL", value: 25_000 });
    await lead("Won already", { ownerId: sales.userId, stage: "WON", value: 1_000_000 });

    const board = await findBoard(sales, all, NOW);
    expect(board.map((c) => c.stage)).toEqual(["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"]);
    const [fresh, contacted, , proposal] = board;
    expect(fresh.totals).toEqual({
      count: 3,
      sums: [
        { currency: "DKK", valueMinor: 50_000 },
        { currency: "NOK", valueMinor: 107_000 },
      ],
    });
    expect(fresh.page.rows.map((r) => r.customerName).sort()).toEqual(["Own DKK", "Own NOK", "Unassigned"]);
    expect(contacted.totals).toEqual({ count: 0, sums: [] });
    expect(proposal.page.rows.map((r) => r.customerName)).toEqual(["Own proposal"]);

    const managers = await findBoard(manager, all, NOW);
    expect(managers[1].totals.count).toBe(1);
    // The filters narrow as on the list: "mine", a search, the stages shown.
    const mine = await findBoard(sales, parseLeadFilters({ scope: "mine", q: "own" }), NOW);
    expect(mine[0].page.rows.map((r) => r.customerName).sort()).toEqual(["Own DKK", "Own NOK"]);
    const onlyProposal = await findBoard(manager, parseLeadFilters({ stage: "PROPOSAL" }), NOW);
    expect(onlyProposal.map((c) => [c.stage, c.totals.count])).toEqual([["PROPOSAL", 1]]);
    await expect(findBoard(world.customer, all, NOW)).rejects.toThrow();
  });

  it("pages a column by keyset, most recently active first, without repeats or gaps", async () => {
    const total = BOARD_PAGE_SIZE + 5;
    for (let i = 0; i < total; i++) await lead(`Kunde ${i}`, { minutesAgo: i % 7 });
    const [column] = await findBoard(world.manager, all, NOW);
    expect(column.totals.count).toBe(total);
    expect(column.page.rows).toHaveLength(BOARD_PAGE_SIZE);
    const rest = await findBoardColumn(world.manager, all, "NEW", column.page.nextCursor!, NOW);
    expect(rest.nextCursor).toBeNull();
    const seen = [...column.page.rows, ...rest.rows];
    expect(new Set(seen.map((r) => r.id)).size).toBe(total);
    const times = seen.map((r) => r.lastActivityAt);
    expect(times).toEqual([...times].sort().reverse());
    // A cursor made for another column starts that column from the top, never an error.
    const other = await findBoardColumn(world.manager, all, "CONTACTED", column.page.nextCursor!, NOW);
    expect(other.rows).toEqual([]);
  });

  it("pages a rep's column over their own and their team's unclaimed leads as one list, in order", async () => {
    // The rep's two branches are read apart and merged: interleave them in time so a merge that
    // kept one branch's order, or lost a row at the page edge, shows.
    const total = BOARD_PAGE_SIZE + 6;
    for (let i = 0; i < total; i++) {
      await lead(`Kunde ${i}`, { ownerId: i % 3 === 0 ? null : world.sales.userId, minutesAgo: i });
    }
    await lead("Colleague's", { ownerId: world.sales2.userId, minutesAgo: 3 });
    const [column] = await findBoard(world.sales, all, NOW);
    expect(column.totals.count).toBe(total);
    const rest = await findBoardColumn(world.sales, all, "NEW", column.page.nextCursor!, NOW);
    expect(rest.nextCursor).toBeNull();
    const names = [...column.page.rows, ...rest.rows].map((r) => r.customerName);
    expect(names).toEqual(Array.from({ length: total }, (_, i) => `Kunde ${i}`));
  });

  it("sums a lead in its customer's currency, also after the customer's currency changes or a merge", async () => {
    const l = await lead("Dansk", { ownerId: world.sales.userId, value: 10_000, currency: "DKK" });
    const sums = async () => (await findBoard(world.manager, all, NOW))[0].totals.sums;
    expect(await sums()).toEqual([{ currency: "DKK", valueMinor: 10_000 }]);
    const { customerId } = await world.db.lead.findUniqueOrThrow({ where: { id: l.id } });
    await world.db.customer.update({ where: { id: customerId }, data: { currency: "EUR" } });
    expect(await sums()).toEqual([{ currency: "EUR", valueMinor: 10_000 }]);
    // Written by hand, the lead's currency is still its customer's.
    await world.db.lead.update({ where: { id: l.id }, data: { currency: "NOK" } });
    expect(await sums()).toEqual([{ currency: "EUR", valueMinor: 10_000 }]);
    const norsk = await world.db.customer.create({ data: { name: "Norsk", currency: "NOK" } });
    await world.db.lead.update({ where: { id: l.id }, data: { customerId: norsk.id } });
    expect(await sums()).toEqual([{ currency: "NOK", valueMinor: 10_000 }]);
  });

  it("moves a card through the one action, version-checked, audited as a board move", async () => {
    signedIn = world.sales;
    const l = await lead("Kari", { ownerId: world.sales.userId });
    const moved = await moveLeadOnBoardAction({ leadId: l.id, version: 0, stage: "QUALIFIED" });
    expect(moved).toEqual({ ok: true, message: en.board.moved, version: 1 });
    // The board was drawn at version 0: someone else's change since is a conflict, and nothing moves.
    const stale = await moveLeadOnBoardAction({ leadId: l.id, version: 0, stage: "PROPOSAL" });
    expect(stale).toEqual({ ok: false, conflict: true, message: en.board.errors.conflict });
    expect(await world.db.lead.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({
      stage: "QUALIFIED",
      version: 1,
    });
    const audit = await world.db.auditLog.findMany({ where: { entityId: l.id } });
    expect(audit.map((a) => a.data)).toEqual([{ from: "NEW", to: "QUALIFIED", via: "board" }]);
  });

  it("refuses leads outside the user's scope as not found, and anyone not signed in", async () => {
    const l = await lead("Colleague's", { ownerId: world.sales2.userId });
    signedIn = world.sales;
    expect(await moveLeadOnBoardAction({ leadId: l.id, version: 0, stage: "CONTACTED" })).toEqual({
      ok: false,
      message: en.board.errors.notFound,
    });
    signedIn = null;
    await expect(moveLeadOnBoardAction({ leadId: l.id, version: 0, stage: "CONTACTED" })).rejects.toThrow(
      "NEXT_REDIRECT",
    );
    expect((await world.db.lead.findUniqueOrThrow({ where: { id: l.id } })).stage).toBe("NEW");
  });

  it("loses a lead only with a reason from the list that is still offered", async () => {
    signedIn = world.sales;
    const l = await lead("Ola", { ownerId: world.sales.userId });
    const bare = await moveLeadOnBoardAction({ leadId: l.id, version: 0, stage: "LOST" });
    expect(bare).toMatchObject({ ok: false, fieldErrors: { lostReasonId: en.board.errors.reasonRequired } });
    const off = await world.db.lostReason.create({ data: { label: "Old reason", active: false } });
    const gone = await moveLeadOnBoardAction({ leadId: l.id, version: 0, stage: "LOST", lostReasonId: off.id });
    expect(gone).toMatchObject({ ok: false, fieldErrors: { lostReasonId: en.board.errors.reasonGone } });
    expect((await world.db.lead.findUniqueOrThrow({ where: { id: l.id } })).stage).toBe("NEW");

    const lost = await moveLeadOnBoardAction({
      leadId: l.id,
      version: 0,
      stage: "LOST",
      lostReasonId: PRICE,
      lostReason: "  Found it cheaper online ",
    });
    expect(lost).toMatchObject({ ok: true });
    expect(await world.db.lead.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({
      stage: "LOST",
      lostReasonId: PRICE,
      lostReason: "Found it cheaper online",
      closedAt: expect.any(Date),
    });
  });

  it("wins a lead with the value typed, keeps the estimate when none is, and refuses what is no amount", async () => {
    signedIn = world.manager;
    const a = await lead("Per", { value: 100_00 });
    const bad = await moveLeadOnBoardAction({ leadId: a.id, version: 0, stage: "WON", value: "lots" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { value: en.board.errors.valueInvalid } });
    expect(await moveLeadOnBoardAction({ leadId: a.id, version: 0, stage: "WON", value: "459 900,50" })).toMatchObject({
      ok: true,
    });
    expect(await world.db.lead.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      stage: "WON",
      valueMinor: 45_990_050,
    });
    const b = await lead("Pål", { value: 200_00 });
    await moveLeadOnBoardAction({ leadId: b.id, version: 0, stage: "WON", value: "" });
    expect((await world.db.lead.findUniqueOrThrow({ where: { id: b.id } })).valueMinor).toBe(200_00);
  });
});
