import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseJourneyFilters } from "@/lib/validation/journey-filters";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";

// The queries use the app's one client; here it is the test world's.
let world: LeadWorld;
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
const { getLead, getLeadJourney } = await import("./record-queries");
const { JOURNEY_PAGE_SIZE } = await import("@/server/customers/journey-queries");
const { rescoreOpenLeads } = await import("./rescore-job");

const NOW = new Date("2026-11-24T09:15:00Z");
const MINUTE = 60_000;

describe.each(testDatabases)("lead page reads on $name", (database) => {
  beforeAll(async () => {
    world = await openLeadWorld(database);
  });
  afterAll(async () => world?.close());

  it("shows a lead to its owner and managers; another rep, a customer and a bad id get nothing", async () => {
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: NOW });
    expect((await getLead(world.sales, lead.id, NOW))?.customer.name).toBe("Kari Nordmann");
    expect(await getLead(world.manager, lead.id, NOW)).not.toBeNull();
    expect(await getLead(world.sales2, lead.id, NOW)).toBeNull();
    expect(await getLead(world.customer, lead.id, NOW)).toBeNull();
    expect(await getLead(world.sales, "not-a-uuid", NOW)).toBeNull();
    expect(await getLead(world.sales, crypto.randomUUID(), NOW)).toBeNull();
    expect(await getLeadJourney(world.sales2, lead.id, {})).toBeNull();
  });

  it("lets a rep open an unassigned lead of their team's customers (here: reps and customer without a team), not another team's", async () => {
    const lead = await makeLead(world.db, { ownerId: null, now: NOW });
    expect(await getLead(world.sales2, lead.id, NOW)).not.toBeNull();
    const team = await world.db.team.create({ data: { name: "Another team" }, select: { id: true } });
    await world.db.customer.update({ where: { id: lead.customerId }, data: { teamId: team.id } });
    expect(await getLead(world.sales2, lead.id, NOW)).toBeNull();
    expect(await getLead({ ...world.sales2, teamId: team.id }, lead.id, NOW)).not.toBeNull();
  });

  it("shows the lead's score with the touchpoints behind it", async () => {
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: NOW, waitingMinutes: 120 });
    // Made here without a signal coming in, the lead has no score yet: the background rescore gives it one.
    await rescoreOpenLeads(world.db, NOW);
    const detail = await getLead(world.sales, lead.id, NOW);
    expect(detail?.score.reasons[0]).toMatchObject({
      rule: "topic.delivery_time",
      occurredAt: new Date(NOW.getTime() - 120 * MINUTE),
    });
    expect(detail?.score.score).toBeGreaterThan(0);
  });

  it("pages the customer's whole journey newest first, by keyset, without gaps or repeats", async () => {
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: NOW });
    // 70 more touchpoints, some sharing a timestamp so the id breaks ties; half not on this lead.
    await world.db.touchpoint.createMany({
      data: Array.from({ length: 70 }, (_, i) => ({
        customerId: lead.customerId,
        leadId: i % 2 ? lead.id : null,
        occurredAt: new Date(NOW.getTime() - 24 * 60 * MINUTE - Math.floor(i / 3) * MINUTE),
        channel: i % 5 === 0 ? ("EMAIL" as const) : ("WEB" as const),
        direction: "INBOUND" as const,
        phase: i < 10 ? ("AFTER" as const) : ("BEFORE" as const),
        owner: "CUSTOMER" as const,
        kind: "PAGE_VIEW" as const,
        stage: "RESEARCH" as const,
        summary: `view ${i}`,
      })),
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await getLeadJourney(world.sales, lead.id, parseJourneyFilters(cursor ? { before: cursor } : {}));
      expect(page?.total).toBe(71);
      expect(page!.rows.length).toBeLessThanOrEqual(JOURNEY_PAGE_SIZE);
      seen.push(...page!.rows.map((r) => r.id));
      cursor = page!.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(71);
    const all = await world.db.touchpoint.findMany({
      where: { customerId: lead.customerId },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it("filters the journey by phase and channel, and ignores filters it does not know", async () => {
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: NOW });
    await world.db.touchpoint.create({
      data: {
        customerId: lead.customerId,
        occurredAt: NOW,
        channel: "EMAIL",
        direction: "OUTBOUND",
        phase: "AFTER",
        owner: "BRAND",
        kind: "EMAIL",
        stage: "USE",
        summary: "Service reminder",
      },
    });
    const after = await getLeadJourney(world.sales, lead.id, parseJourneyFilters({ phase: "AFTER" }));
    expect(after?.rows.map((r) => r.summary)).toEqual(["Service reminder"]);
    const chat = await getLeadJourney(world.sales, lead.id, parseJourneyFilters({ channel: "CHAT", phase: "BEFORE" }));
    expect(chat?.rows.map((r) => r.kind)).toEqual(["CHAT_MESSAGE"]);
    const junk = await getLeadJourney(
      world.sales,
      lead.id,
      parseJourneyFilters({ phase: "SOMETIME", channel: ["FAX"], before: "yesterday" }),
    );
    expect(junk?.total).toBe(2);
    // A hand-edited timeline cursor in year 0 passed the pattern, and PostgreSQL refused it (22008).
    const yearZero = await getLeadJourney(
      world.sales,
      lead.id,
      parseJourneyFilters({ before: `0000-01-01T00:00:00.000Z_${lead.id}` }),
    );
    expect(yearZero?.rows).toHaveLength(2);
  });
});
