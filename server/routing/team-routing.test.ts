import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ProductCategory } from "@/generated/prisma/enums";
import { touchpointIngestSchema, type TouchpointIngestInput } from "@/lib/validation/touchpoint-ingest";
import type { AuthenticatedKey } from "@/server/api-keys/keys";
import { createApiKey } from "@/server/api-keys/service";
import { customerSql, customerWhere } from "@/server/access/customer";
import { leadSql, leadWhere } from "@/server/access/lead";
import type { AppSession } from "@/server/auth/session";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";
import { testDatabases } from "@/test/worlds/databases";
import { openIngestWorld, type IngestWorld } from "@/test/worlds/ingest-world";
import { nextAvailableRep } from "./round-robin";

// Routing by team, through the real ingest service: the team that owns a signal (key, campaign,
// category, customer) gets the lead, its present reps take turns, and nobody else gets it.
// The world: car team (reps a, b), building-materials store (rep c), a key with no team.

const NOW = new Date("2026-11-24T09:15:00Z");
const HOUR = 3_600_000;
let serial = 0;

describe.each(testDatabases)("routing by team on $name", (database) => {
  let w: IngestWorld;
  let storeKey: AuthenticatedKey;
  let secondStoreRep: string;

  const ingest = async (
    key: AuthenticatedKey,
    extra: Partial<TouchpointIngestInput> = {},
    customer: { teamId?: string; ownerId?: string } = {},
    now = NOW,
  ) => {
    const email = `rute${++serial}@eksempel.no`;
    if (customer.teamId || customer.ownerId)
      await w.db.customer.create({ data: { name: "Kunde", email, ...customer } });
    const input = touchpointIngestSchema(now).parse({
      customer: { email },
      channel: "CHAT",
      kind: "CHAT_MESSAGE",
      text: "Hva koster terrassebord?",
      ...extra,
    });
    const result = await ingestTouchpoint(w.db, key, input, now);
    if (result.status !== "created") throw new Error(`not created: ${result.status}`);
    const lead = await w.db.lead.findUniqueOrThrow({
      where: { id: result.leadId! },
      select: { id: true, ownerId: true },
    });
    const after = await w.db.customer.findUniqueOrThrow({
      where: { id: result.customerId },
      select: { teamId: true, ownerId: true },
    });
    return { leadId: lead.id, ownerId: lead.ownerId, customer: after };
  };
  const setAway = (id: string, awayUntil: Date | null) => w.db.user.update({ where: { id }, data: { awayUntil } });
  const own = (category: ProductCategory, teamId: string) =>
    w.db.teamCategory.upsert({ where: { category }, create: { category, teamId }, update: { teamId } });

  beforeAll(async () => {
    w = await openIngestWorld(database);
    const created = await createApiKey(w.db, w.manager, { name: "Byggsenter kasse" });
    if (!created.ok) throw new Error("no key");
    await w.db.apiKey.update({ where: { id: created.id }, data: { teamId: w.teams.build } });
    storeKey = { id: created.id, name: "Byggsenter kasse" };
    secondStoreRep = (
      await w.db.user.create({
        data: {
          id: "00000000-0000-4000-8000-00000000000d",
          email: "d@t.test",
          name: "d",
          role: "SALES",
          teamId: w.teams.build,
        },
      })
    ).id;
  });
  afterAll(async () => {
    await w?.close();
  });
  beforeEach(async () => {
    await w.db.user.updateMany({ data: { awayUntil: null, active: true } });
    await w.db.teamCategory.deleteMany();
  });

  it("a building-materials signal through the store's key goes to a store rep, never a car rep", async () => {
    const store = [w.reps.build, secondStoreRep];
    for (let i = 0; i < 4; i++) {
      // Even for a customer of the car team whose own rep sells cars.
      const { ownerId, customer } = await ingest(
        storeKey,
        { category: "BUILDING_MATERIALS" },
        { teamId: w.teams.car, ownerId: w.reps.carA },
      );
      expect(store).toContain(ownerId);
      // The customer keeps their car rep and team: the store's lead is the store's.
      expect(customer).toEqual({ teamId: w.teams.car, ownerId: w.reps.carA });
    }
  });

  it("a new customer through the store's key joins the store team", async () => {
    const { ownerId, customer } = await ingest(storeKey);
    expect([w.reps.build, secondStoreRep]).toContain(ownerId);
    expect(customer).toEqual({ teamId: w.teams.build, ownerId });
  });

  it("a campaign's team gets its leads when the key has no team", async () => {
    const campaign = await w.db.campaign.create({
      data: { name: `Vårkampanje ${serial}`, channel: "SOCIAL", startsAt: NOW, teamId: w.teams.build },
    });
    const { ownerId, customer } = await ingest(w.key, { campaign: campaign.name }, { teamId: w.teams.car });
    expect([w.reps.build, secondStoreRep]).toContain(ownerId);
    expect(customer.teamId).toBe(w.teams.car);
  });

  it("the key's team wins over the campaign's, the campaign's over the category's", async () => {
    await own("BUILDING_MATERIALS", w.teams.build);
    const campaign = await w.db.campaign.create({
      data: { name: `Bilkampanje ${serial}`, channel: "SOCIAL", startsAt: NOW, teamId: w.teams.car },
    });
    const byCampaign = await ingest(w.key, { campaign: campaign.name, category: "BUILDING_MATERIALS" });
    expect([w.reps.carA, w.reps.carB]).toContain(byCampaign.ownerId);
    const byKey = await ingest(storeKey, { campaign: campaign.name, category: "CAR" });
    expect([w.reps.build, secondStoreRep]).toContain(byKey.ownerId);
  });

  it("a category's team gets the lead, and a customer without a team takes it", async () => {
    await own("BUILDING_MATERIALS", w.teams.build);
    const { ownerId, customer, leadId } = await ingest(w.key, { category: "BUILDING_MATERIALS" });
    expect([w.reps.build, secondStoreRep]).toContain(ownerId);
    expect(customer.teamId).toBe(w.teams.build);
    const created = await w.db.auditLog.findFirstOrThrow({ where: { entityId: leadId, action: "lead.created" } });
    expect(created.data).toMatchObject({ routing: { teamId: w.teams.build, teamVia: "category", via: "round_robin" } });
  });

  it("a category belongs to at most one team", async () => {
    await own("GARDEN", w.teams.build);
    await expect(w.db.teamCategory.create({ data: { category: "GARDEN", teamId: w.teams.car } })).rejects.toThrow();
  });

  it("skips an away rep, who gets leads again when back or when their away-until has passed", async () => {
    await setAway(w.reps.build, new Date(NOW.getTime() + 2 * HOUR));
    for (let i = 0; i < 3; i++) expect((await ingest(storeKey)).ownerId).toBe(secondStoreRep);
    // Two hours later the away-until has passed by itself: c is next, having waited longest.
    expect((await ingest(storeKey, {}, {}, new Date(NOW.getTime() + 2 * HOUR))).ownerId).toBe(w.reps.build);

    await setAway(secondStoreRep, new Date(NOW.getTime() + 24 * HOUR));
    const later = new Date(NOW.getTime() + 3 * HOUR);
    expect((await ingest(storeKey, {}, {}, later)).ownerId).toBe(w.reps.build);
    await setAway(secondStoreRep, null);
    expect((await ingest(storeKey, {}, {}, later)).ownerId).toBe(secondStoreRep);
  });

  it("an away rep does not keep their customer's new lead, and stays the customer's rep", async () => {
    await setAway(w.reps.carA, new Date(NOW.getTime() + HOUR));
    const { ownerId, customer } = await ingest(w.key, {}, { teamId: w.teams.car, ownerId: w.reps.carA });
    expect(ownerId).toBe(w.reps.carB);
    expect(customer.ownerId).toBe(w.reps.carA);
  });

  it("leaves the lead unassigned in its team when nobody there is available, never another team's", async () => {
    await setAway(w.reps.build, new Date(NOW.getTime() + HOUR));
    await w.db.user.update({ where: { id: secondStoreRep }, data: { active: false } });
    const { ownerId, customer, leadId } = await ingest(storeKey);
    expect(ownerId).toBeNull();
    expect(customer.teamId).toBe(w.teams.build);
    const created = await w.db.auditLog.findFirstOrThrow({ where: { entityId: leadId, action: "lead.created" } });
    expect(created.data).toMatchObject({
      routing: { teamId: w.teams.build, teamVia: "api_key", via: "nobody_available" },
    });
    // The team's reps see it to claim it (the away one too, when back); the car team does not.
    const sees = async (userId: string, teamId: string) => {
      const session = { ...w.manager, userId, role: "SALES", teamId } as AppSession;
      return (await w.db.lead.count({ where: { AND: [{ id: leadId }, leadWhere(session)] } })) === 1;
    };
    expect(await sees(w.reps.build, w.teams.build)).toBe(true);
    expect(await sees(w.reps.carA, w.teams.car)).toBe(false);
  });

  it("a store lead left unassigned for a car-team customer is the store's to claim, not the car team's", async () => {
    await setAway(w.reps.build, new Date(NOW.getTime() + HOUR));
    await setAway(secondStoreRep, new Date(NOW.getTime() + HOUR));
    const { ownerId, customer, leadId } = await ingest(storeKey, {}, { teamId: w.teams.car });
    expect(ownerId).toBeNull();
    expect(customer.teamId).toBe(w.teams.car);
    const reach = async (userId: string, teamId: string) => {
      const session = { ...w.manager, userId, role: "SALES", teamId } as AppSession;
      const where = (await w.db.lead.count({ where: { AND: [{ id: leadId }, leadWhere(session)] } })) === 1;
      const sql = await w.db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "Lead" l WHERE l.id = ${leadId}::uuid AND ${leadSql(session)}`;
      // Every lead page a rep can open has a customer page they can open.
      const customerWhereRows = await w.db.customer.count({
        where: { AND: [{ leads: { some: { id: leadId } } }, customerWhere(session)] },
      });
      const customerSqlRows = await w.db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "Customer" c
         WHERE c.id = (SELECT "customerId" FROM "Lead" WHERE id = ${leadId}::uuid) AND ${customerSql(session)}`;
      return [where, sql[0].n === 1, customerWhereRows === 1, customerSqlRows[0].n === 1];
    };
    expect(await reach(w.reps.build, w.teams.build)).toEqual([true, true, true, true]);
    // The car reps see their team's customer, but not the store's lead.
    expect(await reach(w.reps.carA, w.teams.car)).toEqual([false, false, true, true]);
  });

  it("concurrent ingests in one team still alternate", async () => {
    const owners = await Promise.all(Array.from({ length: 6 }, () => ingest(storeKey).then((r) => r.ownerId)));
    expect(owners.filter((o) => o === w.reps.build)).toHaveLength(3);
    expect(owners.filter((o) => o === secondStoreRep)).toHaveLength(3);
  });

  it("nextAvailableRep takes the turn, can leave someone out, and says null when nobody is there", async () => {
    const pick = (teamId: string | null, excludeUserId?: string) =>
      w.db.$transaction((tx) => nextAvailableRep(tx, teamId, NOW, { excludeUserId }));
    const first = await pick(w.teams.car);
    const second = await pick(w.teams.car);
    expect(new Set([first?.id, second?.id])).toEqual(new Set([w.reps.carA, w.reps.carB]));
    expect((await pick(w.teams.car, first!.id))?.id).toBe(second!.id);
    await setAway(w.reps.carA, new Date(NOW.getTime() + HOUR));
    expect(await pick(w.teams.car, w.reps.carB)).toBeNull();
  });
});
