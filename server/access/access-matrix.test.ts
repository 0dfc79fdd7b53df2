import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseCustomerFilters } from "@/lib/validation/customer-filters";
import { parseLeadFilters } from "@/lib/validation/lead-filters";
import { testDatabases } from "@/test/worlds/databases";
import {
  ACTORS,
  CASE_NAMES,
  CASES,
  openAccessWorld,
  type AccessWorld,
  type Actor,
  type Case,
} from "@/test/worlds/access-world";

// Who may read and write what: role × team × ownership × entity, against every data function and
// every action (through the real session guards). Each function must reach exactly the records the
// table allows — one that is widened (or narrowed) fails here. Writes are sent with a stale version
// or a wrong confirmation, so a write that passed the access check answers "conflict" (or
// "name mismatch") and changes nothing, and one that did not answers "not found".

let world: AccessWorld;
let raw: { user: { id: string; tv: number } } | null = null;
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: async () => raw,
}));
vi.mock("@/server/db", () => ({ getDb: async () => world.db }));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
}));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

const { getLead, getLeadJourney } = await import("@/server/leads/record-queries");
const { findLeads, findLeadChanges } = await import("@/server/leads/list-queries");
const { getLeadSummary } = await import("@/server/leads/summary-queries");
const { logFollowUpAction, claimLeadAction, reassignLeadAction } = await import("@/server/leads/actions");
const { getCustomerRecord } = await import("@/server/customers/record-queries");
const { getCustomerOrders } = await import("@/server/customers/record-orders");
const { findCustomers, countCustomers } = await import("@/server/customers/list-queries");
const { recordConsentAction } = await import("@/server/customers/consent-actions");
const { eraseCustomerAction } = await import("@/server/customers/gdpr-actions");
const { openCustomerExport } = await import("@/server/customers/gdpr-export");
const { getStaffOrder } = await import("@/server/orders/staff-queries");
const { getMyOrderPage } = await import("@/server/orders/order-page");
const { findMyOrders } = await import("@/server/orders/queries");
const { advanceMilestoneAction, moveDeliveryDateAction, replyToQuestionAction, askAboutOrderAction } =
  await import("@/server/orders/actions");
const { startCustomerExport } = await import("@/server/customers/export-service");
const { startImport } = await import("@/server/customer-import/start");
const { listAuditLog } = await import("@/server/audit-log/queries");
const { getJourneyFunnel } = await import("@/server/analytics/funnel");
const { parseDashboardFilters } = await import("@/lib/kpi/filters");
const { listSegments } = await import("@/server/customers/segments");
const { deleteSegmentAction } = await import("@/server/customers/segment-actions");

const NOW = new Date("2026-11-24T09:15:00Z");

// --- the rules, as a table ------------------------------------------------------------------------
const ALL = CASE_NAMES;
const TEAM_A: Case[] = ["own", "teammates", "unassignedSameTeam", "portal", "erased"];
const TEAM_B: Case[] = ["unassignedOtherTeam", "otherTeams", "ownLeadOtherTeam", "ownCustomerOtherTeam"];

/**
 * Leads: their own, unassigned ones of a customer of their team, and unassigned ones of a customer
 * no team holds yet (a new website chat with automatic assignment off must reach a person).
 */
const LEADS: Record<Actor, Case[]> = {
  manager: ALL,
  repA: ["own", "unassignedSameTeam", "ownLeadOtherTeam", "erased", "unassignedNoTeam"],
  teammateA: ["teammates", "unassignedSameTeam", "portal", "unassignedNoTeam"],
  repB: ["unassignedOtherTeam", "otherTeams", "ownCustomerOtherTeam", "unassignedNoTeam"],
  repNoTeam: ["unassignedNoTeam", "noTeamOwn"],
  customer: [],
};
/** Customers (list and page alike): their team's, the ones they own, the ones behind a lead they may open. */
const CUSTOMERS: Record<Actor, Case[]> = {
  manager: ALL,
  repA: [...TEAM_A, "ownLeadOtherTeam", "ownCustomerOtherTeam", "unassignedNoTeam"],
  teammateA: [...TEAM_A, "unassignedNoTeam"],
  repB: [...TEAM_B, "unassignedNoTeam"],
  repNoTeam: ["unassignedNoTeam", "noTeamOwn"],
  customer: [],
};
const listed = (cases: Case[]) => cases.filter((c) => c !== "erased");
const staff = (a: Actor) => a !== "customer";

// --- helpers ---------------------------------------------------------------------------------------
const sorted = (cases: Iterable<Case>) => [...cases].sort();
async function reaching(test: (c: Case) => Promise<boolean>): Promise<Case[]> {
  const out: Case[] = [];
  for (const c of CASE_NAMES) if (await test(c)) out.push(c);
  return out.sort();
}
function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}
/** Runs an action as the actor; "refused" for a 404 or a not-found/forbidden answer. */
async function act(
  actor: Actor,
  action: () => Promise<{ ok: boolean; message: string } | null>,
): Promise<"reached" | "refused"> {
  raw = { user: { id: world.as[actor].userId, tv: 0 } };
  try {
    const result = await action();
    return /notFound|forbidden/.test(result?.message ?? "") ? "refused" : "reached";
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_HTTP_ERROR_FALLBACK;404"))
      return "refused";
    throw error;
  } finally {
    raw = null;
  }
}
const key = () => crypto.randomUUID();
const STALE = "999";

describe.each(testDatabases)("the access matrix on $name", (database) => {
  beforeAll(async () => {
    world = await openAccessWorld(database, NOW);
  }, 120_000);
  afterAll(async () => world?.close());

  describe.each(ACTORS)("as %s", (actor) => {
    const s = () => world.as[actor];
    const row = (c: Case) => world.rows[c];

    it("lead page, journey, lead list, summary and live count reach exactly the leads of the rule", async () => {
      const expected = sorted(LEADS[actor]);
      expect(await reaching(async (c) => (await getLead(s(), row(c).leadId, NOW)) !== null), "getLead").toEqual(
        expected,
      );
      expect(
        await reaching(async (c) => (await getLeadJourney(s(), row(c).leadId, {})) !== null),
        "getLeadJourney",
      ).toEqual(expected);
      if (!staff(actor)) {
        await expect(findLeads(s(), parseLeadFilters(null), NOW)).rejects.toThrow();
        expect(await getLeadSummary(s(), NOW)).toEqual({ open: 0, breached: 0, dueWithinHour: 0 });
        return;
      }
      const page = await findLeads(s(), parseLeadFilters(null), NOW);
      const ids = new Set(page.rows.map((r) => r.id));
      expect(await reaching(async (c) => ids.has(row(c).leadId)), "findLeads").toEqual(expected);
      expect(page.rows.length, "findLeads shows nothing else").toBe(expected.length);
      const summary = await getLeadSummary(s(), NOW);
      expect(summary.open, "getLeadSummary").toBe(expected.length);
      expect(summary.breached, "getLeadSummary").toBe(expected.length);
      const changes = await findLeadChanges(s(), new Date(0));
      expect(changes.count, "findLeadChanges").toBe(expected.length);
      const changedIds = new Set(changes.changed.map((c) => c.id));
      expect(await reaching(async (c) => changedIds.has(row(c).leadId)), "findLeadChanges").toEqual(expected);
      expect(changes.changed.length, "findLeadChanges names nothing else").toBe(expected.length);
    });

    it("customer page and customer list reach exactly the customers of the rule; every lead the page links opens", async () => {
      const expected = sorted(CUSTOMERS[actor]);
      expect(
        await reaching(async (c) => (await getCustomerRecord(s(), row(c).customerId)) !== null),
        "getCustomerRecord",
      ).toEqual(expected);
      if (!staff(actor)) {
        await expect(findCustomers(s(), parseCustomerFilters(null), NOW)).rejects.toThrow();
        return;
      }
      const page = await findCustomers(s(), parseCustomerFilters(null), NOW);
      const ids = new Set(page.rows.map((r) => r.id));
      expect(await reaching(async (c) => ids.has(row(c).customerId)), "findCustomers").toEqual(
        sorted(listed(CUSTOMERS[actor])),
      );
      expect(page.rows.length, "findCustomers shows nothing else").toBe(listed(CUSTOMERS[actor]).length);
      expect((await countCustomers(s(), parseCustomerFilters(null), NOW)).count, "countCustomers").toBe(
        listed(CUSTOMERS[actor]).length,
      );
      // The page's open leads link only to the leads this reader may open.
      const linked = await reaching(async (c) => {
        const record = await getCustomerRecord(s(), row(c).customerId);
        return record?.openLeads.some((l) => l.id === row(c).leadId && l.canOpen) ?? false;
      });
      expect(linked, "open leads' canOpen").toEqual(sorted(LEADS[actor].filter((c) => CUSTOMERS[actor].includes(c))));
      // Every lead a rep may open has a customer they may open.
      for (const c of LEADS[actor]) expect(CUSTOMERS[actor], `customer behind lead ${c}`).toContain(c);
    });

    it("staff order page reaches exactly the orders of the customers they may read, including every order the customer page lists", async () => {
      const expected = staff(actor) ? sorted(CUSTOMERS[actor]) : [];
      expect(
        await reaching(async (c) => (await getStaffOrder(world.db, s(), row(c).customerId, row(c).orderId)) !== null),
        "getStaffOrder",
      ).toEqual(expected);
      const listedOnPage = await reaching(async (c) => {
        const record = await getCustomerRecord(s(), row(c).customerId);
        return record ? (await getCustomerOrders(record.access)).rows.some((o) => o.id === row(c).orderId) : false;
      });
      expect(listedOnPage, "orders listed on the customer page").toEqual(expected);
    });

    it("the customer portal shows a customer only their own orders", async () => {
      const expected: Case[] = actor === "customer" ? ["portal"] : [];
      expect(
        await reaching(async (c) => (await getMyOrderPage(world.db, s(), row(c).orderId, "en")) !== null),
        "getMyOrderPage",
      ).toEqual(expected);
      if (actor !== "customer") return;
      raw = { user: { id: s().userId, tv: 0 } };
      const mine = await findMyOrders().finally(() => (raw = null));
      expect(mine.map((o) => o.id)).toEqual([row("portal").orderId]);
    });

    it("follow-up, claim and reassign reach exactly the leads they may read", async () => {
      const lead = (c: Case) => row(c).leadId;
      const followUp = await reaching(
        async (c) =>
          (await act(actor, () =>
            logFollowUpAction(
              null,
              form({
                leadId: lead(c),
                version: STALE,
                idempotencyKey: key(),
                type: "CALL",
                outcome: "REACHED",
                note: "probe",
              }),
            ),
          )) === "reached",
      );
      expect(followUp, "logFollowUpAction").toEqual(sorted(LEADS[actor]));
      const claim = await reaching(
        async (c) =>
          (await act(actor, () => claimLeadAction(null, form({ leadId: lead(c), version: STALE })))) === "reached",
      );
      expect(claim, "claimLeadAction").toEqual(actor === "manager" ? [] : sorted(LEADS[actor]));
      const reassign = await reaching(
        async (c) =>
          (await act(actor, () =>
            reassignLeadAction(null, form({ leadId: lead(c), version: STALE, ownerId: world.as.repB.userId })),
          )) === "reached",
      );
      expect(reassign, "reassignLeadAction").toEqual(actor === "manager" ? sorted(ALL) : []);
    });

    it("order writes (milestone, date, reply) reach exactly the orders they may read", async () => {
      const expected = staff(actor) ? sorted(CUSTOMERS[actor]) : [];
      const order = (c: Case) => row(c).orderId;
      const advance = await reaching(
        async (c) =>
          (await act(actor, () =>
            advanceMilestoneAction(
              null,
              form({ orderId: order(c), version: STALE, milestone: "READY_FOR_PICKUP", reason: "" }),
            ),
          )) === "reached",
      );
      expect(advance, "advanceMilestoneAction").toEqual(expected);
      const move = await reaching(
        async (c) =>
          (await act(actor, () =>
            moveDeliveryDateAction(
              null,
              form({ orderId: order(c), version: STALE, date: "2027-01-15", reason: "Fabrikken er forsinket" }),
            ),
          )) === "reached",
      );
      expect(move, "moveDeliveryDateAction").toEqual(expected);
      // An answer is a follow-up on the question's lead: it needs the order and that lead.
      const reply = await reaching(
        async (c) =>
          (await act(actor, () =>
            replyToQuestionAction(
              null,
              form({
                orderId: order(c),
                leadId: row(c).leadId,
                leadVersion: STALE,
                idempotencyKey: key(),
                message: "Den kommer fredag",
              }),
            ),
          )) === "reached",
      );
      expect(reply, "replyToQuestionAction").toEqual(expected.filter((c) => LEADS[actor].includes(c)));
    });

    it("consent, erasure and the GDPR export reach exactly the customers they may read (erasure and export: managers)", async () => {
      const consent = await reaching(
        async (c) =>
          (await act(actor, () =>
            recordConsentAction(
              null,
              form({
                customerId: row(c).customerId,
                purpose: "PROFILING",
                granted: "true",
                source: "phone",
              }),
            ),
          )) === "reached",
      );
      expect(consent, "recordConsentAction").toEqual(staff(actor) ? sorted(CUSTOMERS[actor]) : []);
      const erase = await reaching(
        async (c) =>
          (await act(actor, () =>
            eraseCustomerAction(null, form({ customerId: row(c).customerId, confirmName: "Not the name" })),
          )) === "reached",
      );
      expect(erase, "eraseCustomerAction").toEqual(actor === "manager" ? sorted(ALL) : []);
      const gdpr = await reaching(
        async (c) => (await openCustomerExport(world.db, s(), row(c).customerId, NOW)) !== null,
      );
      expect(gdpr, "openCustomerExport").toEqual(actor === "manager" ? sorted(ALL) : []);
    });
  });

  describe.each(ACTORS)("bulk and audit, as %s", (actor) => {
    it("the dashboard counts what the rule lets it; the CSV export holds exactly the listed customers, for managers only; import and the audit log are managers' too", async () => {
      const session = world.as[actor];
      const exported = await startCustomerExport(session, new URLSearchParams(), NOW);
      if (actor !== "manager") {
        expect(exported, "startCustomerExport").toBeNull();
      } else {
        const csv = await new Response(exported?.ok ? exported.body : "refused").text();
        const inFile = CASE_NAMES.filter((c) => csv.includes(world.rows[c].customerName)).sort();
        expect(inFile, "startCustomerExport").toEqual(sorted(listed(ALL)));
      }
      // The dashboard counts a manager's whole business and a rep's own leads, whatever their team.
      const funnel = await getJourneyFunnel(world.db, session, parseDashboardFilters({}, NOW), NOW).then(
        (f) => f.total,
        () => "refused",
      );
      const ownLeads = CASE_NAMES.filter((c) => CASES[c].leadOwner === actor).length;
      expect(funnel, "getJourneyFunnel").toBe(
        actor === "manager" ? CASE_NAMES.length : actor === "customer" ? "refused" : ownLeads,
      );
      // Starting an import with options that do not parse: a manager is told, anyone else gets nothing.
      const bad = new TextEncoder().encode("name,email\n,not-an-email\n");
      const imported = await startImport(world.db, session, { bytes: bad, fileName: "probe.csv", options: null }, NOW);
      expect(imported === null, "startImport").toBe(actor !== "manager");
      const audit = await listAuditLog(world.db, session, {
        action: undefined,
        actor: undefined,
        from: undefined,
        to: undefined,
        cursor: undefined,
      } as never).then(
        () => "read",
        () => "refused",
      );
      expect(audit, "listAuditLog").toBe(actor === "manager" ? "read" : "refused");
    });
  });

  it("segments: each reads their own and the shared ones of their team or of no team (managers: every shared one); only the owner deletes", async () => {
    const staffActors = ACTORS.filter((a) => a !== "customer");
    const teamOf = (a: Actor) => world.as[a].teamId;
    for (const owner of staffActors) {
      for (const shared of [false, true]) {
        await world.db.segment.create({
          data: {
            name: `${owner}-${shared ? "shared" : "private"}`,
            ownerId: world.as[owner].userId,
            teamId: teamOf(owner),
            shared,
            filters: {},
          },
        });
      }
    }
    const all = staffActors.flatMap((o) => [`${o}-private`, `${o}-shared`]);
    const expected = (reader: Actor) =>
      all
        .filter((name) => {
          const [owner, kind] = name.split("-") as [Actor, string];
          if (owner === reader) return true;
          if (kind !== "shared") return false;
          return reader === "manager" || teamOf(owner) === null || teamOf(owner) === teamOf(reader);
        })
        .sort();
    for (const reader of ACTORS) {
      const names = await listSegments(world.as[reader]).then(
        (l) => l.map((x) => x.name).sort(),
        () => "refused",
      );
      expect(names, `listSegments as ${reader}`).toEqual(reader === "customer" ? "refused" : expected(reader));
    }
    // Someone else's shared segment survives their delete; the owner's own delete removes it.
    const target = await world.db.segment.findFirstOrThrow({ where: { name: "repA-shared" }, select: { id: true } });
    for (const other of ACTORS.filter((a) => a !== "repA")) {
      raw = { user: { id: world.as[other].userId, tv: 0 } };
      await deleteSegmentAction(form({ id: target.id })).catch(() => {});
      raw = null;
      expect(await world.db.segment.count({ where: { id: target.id } }), `deleted by ${other}`).toBe(1);
    }
    raw = { user: { id: world.as.repA.userId, tv: 0 } };
    await deleteSegmentAction(form({ id: target.id }));
    raw = null;
    expect(await world.db.segment.count({ where: { id: target.id } })).toBe(0);
  });

  it("a customer asks only about their own order (run last: asking feeds their lead)", async () => {
    for (const actor of ACTORS) {
      const asked = await reaching(
        async (c) =>
          (await act(actor, () =>
            askAboutOrderAction(
              null,
              form({
                orderId: world.rows[c].orderId,
                idempotencyKey: key(),
                message: "Når kommer bilen?",
              }),
            ),
          )) === "reached",
      );
      expect(asked, actor).toEqual(actor === "customer" ? ["portal"] : []);
    }
  });
});
