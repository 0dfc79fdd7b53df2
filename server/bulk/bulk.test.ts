import { Prisma } from "@/generated/prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerSegmentFiltersSchema } from "@/lib/validation/customer-filters";
import { customerFilterSql } from "@/server/customers/list-filter-sql";
import { testDatabases } from "@/test/worlds/databases";
import { makeCustomer, openCustomerWorld, type CustomerWorld } from "@/test/worlds/customer-world";
import { makeLead } from "@/test/worlds/lead-world";
import { bulkAddToSegment, bulkAssignCustomerOwner } from "./customer-bulk";
import { bulkAssignLeads, bulkMoveLeadStage } from "./lead-bulk";
import { undoBulkOperation, UNDO_WINDOW_MS } from "./undo";

const NOW = new Date("2026-11-24T09:15:00Z");
const SOON = new Date(NOW.getTime() + 30_000);

describe.each(testDatabases)("bulk actions on $name", (database) => {
  let w: CustomerWorld;
  beforeAll(async () => {
    w = await openCustomerWorld(database);
  });
  afterAll(async () => w?.close());

  const lead = (id: string) =>
    w.db.lead.findUniqueOrThrow({ where: { id }, select: { ownerId: true, stage: true, version: true } });
  const audits = (entityId: string) =>
    w.db.auditLog.findMany({
      where: { entityId },
      select: { action: true, data: true },
      orderBy: { createdAt: "asc" },
    });
  /** Another team's unassigned lead: the car rep may not read it. */
  const buildTeamLead = async () => {
    const l = await makeLead(w.db, { now: NOW });
    await w.db.lead.update({ where: { id: l.id }, data: { teamId: w.buildTeam } });
    return l;
  };

  it("lets a manager assign leads to a rep, skips one changed since, audits each, and undo puts back exactly those", async () => {
    const [a, b, c] = [
      await makeLead(w.db, { now: NOW }),
      await makeLead(w.db, { ownerId: w.sales2.userId, now: NOW }),
      await makeLead(w.db, { now: NOW }),
    ];
    const result = await bulkAssignLeads(
      w.db,
      w.manager,
      {
        ownerId: w.sales.userId,
        leads: [
          { id: a.id, version: 0 },
          { id: b.id, version: 0 },
          { id: c.id, version: 3 }, // the list showed an older version: someone changed it since
        ],
      },
      NOW,
    );
    expect(result).toMatchObject({ ok: true, ownerName: expect.any(String) });
    if (!result.ok) return;
    expect(result.outcome.changed.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(result.outcome.skipped).toEqual({ conflict: 1 });
    expect((await lead(a.id)).ownerId).toBe(w.sales.userId);
    expect((await lead(c.id)).ownerId).toBeNull();
    expect(await audits(b.id)).toEqual([
      { action: "lead.reassigned", data: { from: w.sales2.userId, to: w.sales.userId } },
    ]);

    const undone = await undoBulkOperation(w.db, w.manager, result.operationId!, SOON);
    expect(undone).toMatchObject({ ok: true, kind: "lead.assign", outcome: { skipped: {} } });
    expect((await lead(a.id)).ownerId).toBeNull();
    expect((await lead(b.id)).ownerId).toBe(w.sales2.userId);
    expect((await audits(b.id)).at(-1)).toEqual({
      action: "lead.reassigned",
      data: { from: w.sales.userId, to: w.sales2.userId, bulkUndoOf: result.operationId },
    });
    expect(await audits(result.operationId!)).toEqual([
      { action: "bulk.undone", data: { kind: "lead.assign", restored: [a.id, b.id], skipped: 0 } },
    ]);
    // Once: a second undo (another tab, a double click) does nothing.
    expect(await undoBulkOperation(w.db, w.manager, result.operationId!, SOON)).toEqual({
      ok: false,
      reason: "not_found",
    });
  });

  it("skips and never writes another team's lead in a rep's bulk assign, and a rep assigns only to themselves", async () => {
    const mine = await makeLead(w.db, { now: NOW });
    const theirs = await buildTeamLead();
    const result = await bulkAssignLeads(
      w.db,
      w.sales,
      {
        ownerId: w.sales.userId,
        leads: [
          { id: mine.id, version: 0 },
          { id: theirs.id, version: 0 },
        ],
      },
      NOW,
    );
    expect(result).toMatchObject({ ok: true, outcome: { skipped: { not_allowed: 1 } } });
    expect((await lead(mine.id)).ownerId).toBe(w.sales.userId);
    expect(await lead(theirs.id)).toEqual({ ownerId: null, stage: "NEW", version: 0 });
    expect(await audits(theirs.id)).toEqual([]);
    const other = await makeLead(w.db, { now: NOW });
    expect(
      await bulkAssignLeads(w.db, w.sales, { ownerId: w.sales2.userId, leads: [{ id: other.id, version: 0 }] }, NOW),
    ).toEqual({ ok: false, reason: "owner_invalid" });
    expect((await lead(other.id)).ownerId).toBeNull();
  });

  it("undo skips a row changed since the bulk change and restores the others", async () => {
    const [a, b] = [await makeLead(w.db, { now: NOW }), await makeLead(w.db, { now: NOW })];
    const result = await bulkMoveLeadStage(
      w.db,
      w.sales,
      {
        stage: "QUALIFIED",
        leads: [
          { id: a.id, version: 0 },
          { id: b.id, version: 0 },
        ],
      },
      NOW,
    );
    if (!result.ok) throw new Error("bulk stage failed");
    expect(result.outcome.changed.map((r) => [r.id, r.before, r.after])).toEqual([
      [a.id, "NEW", "QUALIFIED"],
      [b.id, "NEW", "QUALIFIED"],
    ]);
    // A colleague moves b on in the meantime.
    await w.db.lead.update({ where: { id: b.id }, data: { stage: "PROPOSAL", version: { increment: 1 } } });
    const undone = await undoBulkOperation(w.db, w.sales, result.operationId!, SOON);
    expect(undone).toMatchObject({ ok: true, outcome: { skipped: { conflict: 1 } } });
    if (undone.ok) expect(undone.outcome.changed.map((r) => r.id)).toEqual([a.id]);
    expect((await lead(a.id)).stage).toBe("NEW");
    expect((await lead(b.id)).stage).toBe("PROPOSAL");
    expect((await audits(a.id)).map((e) => e.data)).toEqual([
      { from: "NEW", to: "QUALIFIED" },
      { from: "QUALIFIED", to: "NEW" },
    ]);
  });

  it("leaves closed leads out of a bulk stage change", async () => {
    const won = await makeLead(w.db, { now: NOW, stage: "WON" });
    const result = await bulkMoveLeadStage(w.db, w.manager, { stage: "NEW", leads: [{ id: won.id, version: 0 }] }, NOW);
    expect(result).toMatchObject({ ok: true, operationId: null, outcome: { skipped: { not_allowed: 1 } } });
    expect((await lead(won.id)).stage).toBe("WON");
  });

  it("lets only the person who made it undo, and only within the window", async () => {
    const a = await makeLead(w.db, { now: NOW });
    const result = await bulkMoveLeadStage(
      w.db,
      w.manager,
      { stage: "CONTACTED", leads: [{ id: a.id, version: 0 }] },
      NOW,
    );
    if (!result.ok) throw new Error("bulk stage failed");
    expect(await undoBulkOperation(w.db, w.sales, result.operationId!, SOON)).toEqual({
      ok: false,
      reason: "not_found",
    });
    const late = new Date(NOW.getTime() + UNDO_WINDOW_MS + 1000);
    expect(await undoBulkOperation(w.db, w.manager, result.operationId!, late)).toEqual({
      ok: false,
      reason: "expired",
    });
    expect((await lead(a.id)).stage).toBe("CONTACTED");
  });

  it("gives customers an owner (a rep takes only unowned ones of their reach) and undoes it", async () => {
    const free = await makeCustomer(w.db, { teamId: w.carTeam });
    const owned = await makeCustomer(w.db, { teamId: w.carTeam, ownerId: w.sales2.userId });
    const elsewhere = await makeCustomer(w.db, { teamId: w.buildTeam });
    const ids = [free.id, owned.id, elsewhere.id];
    const result = await bulkAssignCustomerOwner(w.db, w.sales, { customerIds: ids, ownerId: w.sales.userId }, NOW);
    expect(result).toMatchObject({ ok: true, outcome: { skipped: { taken: 1, not_allowed: 1 } } });
    const ownerOf = async (id: string) => (await w.db.customer.findUniqueOrThrow({ where: { id } })).ownerId;
    expect([await ownerOf(free.id), await ownerOf(owned.id), await ownerOf(elsewhere.id)]).toEqual([
      w.sales.userId,
      w.sales2.userId,
      null,
    ]);
    expect(await audits(free.id)).toEqual([
      { action: "customer.updated", data: { fields: ["ownerId"], from: null, to: w.sales.userId } },
    ]);
    if (!result.ok) return;
    expect(await undoBulkOperation(w.db, w.sales, result.operationId!, SOON)).toMatchObject({ ok: true });
    expect(await ownerOf(free.id)).toBeNull();
  });

  it("a segment saved without filters is everyone until customers are added by hand; then it is those customers", async () => {
    const picked = await makeCustomer(w.db, { teamId: w.carTeam });
    const other = await makeCustomer(w.db, { teamId: w.carTeam });
    const segment = await w.db.segment.create({
      data: { name: `Hand-picked ${picked.id}`, filters: {}, ownerId: w.sales.userId },
      select: { id: true },
    });
    const audience = async () => {
      const filters = { ...customerSegmentFiltersSchema.parse({}), members: segment.id };
      const rows = await w.db.$queryRaw<{ id: string }[]>(
        Prisma.sql`SELECT c.id::text AS id FROM "Customer" c WHERE ${customerFilterSql(w.sales, filters, NOW)}`,
      );
      return rows.map((r) => r.id);
    };
    expect(await audience()).toEqual(expect.arrayContaining([picked.id, other.id]));
    const added = await bulkAddToSegment(w.db, w.sales, { segmentId: segment.id, customerIds: [picked.id] }, NOW);
    expect(added).toMatchObject({ ok: true });
    // A send to this segment must reach the one customer the rep picked, not every customer.
    expect(await audience()).toEqual([picked.id]);
  });

  it("adds customers (or leads' customers) to the rep's own segment, which then holds them, and undo takes them out", async () => {
    const gold = await makeCustomer(w.db, { teamId: w.carTeam });
    await w.db.customer.update({ where: { id: gold.id }, data: { loyaltyTier: "GOLD" } });
    const basic = await makeCustomer(w.db, { teamId: w.carTeam });
    const elsewhere = await makeCustomer(w.db, { teamId: w.buildTeam });
    const leadOfCustomer = await makeLead(w.db, { now: NOW });
    const segment = await w.db.segment.create({
      data: { name: `Gull ${basic.id}`, filters: { tier: ["GOLD"] }, ownerId: w.sales.userId },
      select: { id: true },
    });
    const audience = async () => {
      const filters = { ...customerSegmentFiltersSchema.parse({ tier: ["GOLD"] }), members: segment.id };
      const rows = await w.db.$queryRaw<{ id: string }[]>(
        Prisma.sql`SELECT c.id::text AS id FROM "Customer" c WHERE ${customerFilterSql(w.sales, filters, NOW)}`,
      );
      return rows.map((r) => r.id);
    };
    expect(await audience()).toContain(gold.id);
    expect(await audience()).not.toContain(basic.id);

    const added = await bulkAddToSegment(
      w.db,
      w.sales,
      { segmentId: segment.id, customerIds: [basic.id, elsewhere.id, gold.id] },
      NOW,
    );
    expect(added).toMatchObject({ ok: true, outcome: { skipped: { not_allowed: 1 } } });
    if (!added.ok) return;
    expect(added.outcome.changed.map((r) => r.id)).toEqual([basic.id, gold.id]);
    expect(await audience()).toEqual(expect.arrayContaining([gold.id, basic.id]));
    expect(await audience()).not.toContain(elsewhere.id);
    expect(await audits(segment.id)).toEqual([
      { action: "segment.members_added", data: { customerIds: [basic.id, gold.id] } },
    ]);

    const fromLeads = await bulkAddToSegment(
      w.db,
      w.sales,
      { segmentId: segment.id, leadIds: [leadOfCustomer.id] },
      NOW,
    );
    expect(fromLeads).toMatchObject({ ok: true, outcome: { changed: [{ id: leadOfCustomer.customerId }] } });

    expect(await undoBulkOperation(w.db, w.sales, added.operationId!, SOON)).toMatchObject({ ok: true });
    expect(await audience()).not.toContain(basic.id);
    expect(await audience()).toContain(gold.id);
    expect(await w.db.segmentMember.count({ where: { segmentId: segment.id } })).toBe(1);
    // Only the segment's owner adds to it.
    expect(await bulkAddToSegment(w.db, w.sales2, { segmentId: segment.id, customerIds: [elsewhere.id] }, NOW)).toEqual(
      {
        ok: false,
        reason: "segment_not_found",
      },
    );
  });
});
