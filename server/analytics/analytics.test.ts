import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDashboardFilters, type DashboardFilters } from "@/lib/kpi/filters";
import { testDatabases } from "@/test/worlds/databases";
import { AnalyticsAccessError } from "@/server/access/dashboard";
import { getAfterPurchase } from "./after-purchase";
import { getJourneyFunnel } from "./funnel";
import { CAMPAIGNS_SHOWN, getDashboardOptions } from "./options";
import { getPipeline } from "./pipeline";
import { getSourceConversion } from "./sources";
import { getSpeedToLead } from "./speed";
import { NOW, openAnalyticsWorld, type AnalyticsWorld } from "@/test/worlds/analytics-world";

// Every KPI on the fixed world of test/worlds/analytics-world.ts (leads L1–L9, orders O1–O6),
// worked out by hand. Range: May 2026 in Oslo; conversion window 30 days.
// The cohort (created in May) is L1–L6:
//   L1 rep A WEB  (campaign) 30 min  WON  on day 10          → WON
//   L2 rep A CHAT            10 min  LOST on day 5, audit says from QUALIFIED → QUALIFIED
//   L3 rep A CHAT            20 min  PROPOSAL (reached on day 3), open
//   L4 rep B WEB             90 min  WON  on day 39 (after the window)   → PROPOSAL
//   L5 rep B PHONE           never   LOST on day 5, no audit, no answer  → NEW
//   L6 unassigned CHAT       never   NEW, SLA ran out 28 May             → NEW
// Outside it: L7 (A, CONTACTED, April), L8 (A, WON 15 May, created March), L9 (B, CONTACTED, June),
// L10 (A, April, lost after a follow-up that sent a proposal).

describe.each(testDatabases)("dashboard analytics on $name", (database) => {
  let w: AnalyticsWorld;
  let may: DashboardFilters;
  const filters = (extra: Record<string, string> = {}) =>
    parseDashboardFilters(
      { range: "custom", from: "2026-05-01", to: "2026-05-31", window: "30", ...extra },
      NOW,
      "Europe/Oslo",
    );

  beforeAll(async () => {
    w = await openAnalyticsWorld(database);
    may = filters();
  });
  afterAll(async () => {
    await w?.close();
  });

  it("takes the range as Oslo calendar days", () => {
    expect(may.from.toISOString()).toBe("2026-04-30T22:00:00.000Z");
    expect(may.to.toISOString()).toBe("2026-05-31T22:00:00.000Z");
  });

  describe("journey funnel", () => {
    it("counts the cohort by furthest stage, with step conversion and drop-off", async () => {
      const funnel = await getJourneyFunnel(w.db, w.manager, may, NOW);
      // Furthest: NEW 2 (L5, L6), CONTACTED 0, QUALIFIED 1 (L2), PROPOSAL 2 (L3, L4), WON 1 (L1).
      // Reached = that stage or later: 6, 4, 4, 3, 1.
      expect(funnel.rows.map((r) => [r.stage, r.reached])).toEqual([
        ["NEW", 6],
        ["CONTACTED", 4],
        ["QUALIFIED", 4],
        ["PROPOSAL", 3],
        ["WON", 1],
      ]);
      // Step conversion 4/6, 4/4, 3/4, 1/3; drop-off is the rest.
      expect(funnel.rows.map((r) => r.stepConversion)).toEqual([null, 4 / 6, 1, 3 / 4, 1 / 3]);
      expect(funnel.rows[3].dropOff).toBeCloseTo(1 / 4);
      // Lost where they were lost from (Lead.lostFromStage): L5 at NEW, L2 at QUALIFIED.
      expect(funnel.rows.map((r) => r.lost)).toEqual([1, 0, 1, 0, 0]);
      // Overall: 1 won of 6.
      expect(funnel.overallConversion).toBeCloseTo(1 / 6);
      // Created after 16 May 10:00 (now − 30 days): L5 and L6 can still change.
      expect(funnel.maturing).toBe(2);
    });

    it("counts a lost lead at the stage it was lost from", async () => {
      // April: L7 (CONTACTED, open) and L10 (lost from PROPOSAL) → reached 2, 2, 1, 1, 0.
      const april = await getJourneyFunnel(w.db, w.manager, filters({ from: "2026-04-01", to: "2026-04-30" }), NOW);
      expect(april.rows.map((r) => r.reached)).toEqual([2, 2, 1, 1, 0]);
      expect(april.rows.map((r) => r.lost)).toEqual([0, 0, 0, 1, 0]);
    });

    it("gives the median time to each stage the model records", async () => {
      const funnel = await getJourneyFunnel(w.db, w.manager, may, NOW);
      // CONTACTED: first responses after 30, 10, 20, 90 min → median (20 + 30) / 2 = 25.
      // QUALIFIED: no lead is at QUALIFIED now → unknown. PROPOSAL: L3 after 3 days = 4320 min.
      // WON: L1 after 10 days = 14 400 min.
      expect(funnel.rows.map((r) => r.medianMinutes)).toEqual([0, 25, null, 4320, 14_400]);
    });

    it("counts a late win as reaching PROPOSAL, and as WON with a longer window", async () => {
      // Window 60 days: L4 (won on day 39) is won too: WON 2 of 6.
      const funnel = await getJourneyFunnel(w.db, w.manager, filters({ window: "60" }), NOW);
      expect(funnel.rows[4].reached).toBe(2);
      expect(funnel.rows[3].reached).toBe(3);
    });

    it("gives a sales rep only their own leads, whatever the URL asks for", async () => {
      // Rep A owns L1, L2, L3: furthest WON, QUALIFIED, PROPOSAL → reached 3, 3, 3, 2, 1.
      const own = await getJourneyFunnel(w.db, w.salesA, may, NOW);
      expect(own.rows.map((r) => r.reached)).toEqual([3, 3, 3, 2, 1]);
      const sneaky = await getJourneyFunnel(w.db, w.salesA, filters({ rep: w.ids.repB, team: w.ids.teamB }), NOW);
      expect(sneaky.rows.map((r) => r.reached)).toEqual([3, 3, 3, 2, 1]);
    });

    it("lets a manager narrow to a rep, a team, a channel or a campaign", async () => {
      const reached = async (extra: Record<string, string>) =>
        (await getJourneyFunnel(w.db, w.manager, filters(extra), NOW)).rows.map((r) => r.reached);
      // Rep B: L4 (PROPOSAL), L5 (NEW).
      expect(await reached({ rep: w.ids.repB })).toEqual([2, 1, 1, 1, 0]);
      // Team A is rep A: as above.
      expect(await reached({ team: w.ids.teamA })).toEqual([3, 3, 3, 2, 1]);
      // CHAT: L2 (QUALIFIED), L3 (PROPOSAL), L6 (NEW).
      expect(await reached({ channel: "CHAT" })).toEqual([3, 2, 2, 1, 0]);
      // The campaign: L1 only.
      expect(await reached({ campaign: w.ids.campaign })).toEqual([1, 1, 1, 1, 1]);
    });
  });

  describe("conversion by source", () => {
    it("gives win rate and lead → customer rate by channel and campaign", async () => {
      const s = await getSourceConversion(w.db, w.manager, may);
      // Decided within 30 days: L1 won; L2, L5 lost (L4 was won after the window: undecided).
      // Win rate 1 / (1 + 2); lead → customer 1 / 6.
      expect(s.total).toMatchObject({ leads: 6, won: 1, lost: 2, winRate: 1 / 3, leadToCustomer: 1 / 6 });
      const channel = Object.fromEntries(
        s.byChannel.map((r) => [r.key, [r.leads, r.won, r.lost, r.winRate, r.leadToCustomer]]),
      );
      // WEB: L1 won, L4 undecided → 1/1, 1/2. CHAT: L2 lost, L3 and L6 open → 0/1, 0/3. PHONE: L5 lost.
      expect(channel).toEqual({ WEB: [2, 1, 0, 1, 0.5], CHAT: [3, 0, 1, 0, 0], PHONE: [1, 0, 1, 0, 0] });
      const campaign = Object.fromEntries(s.byCampaign.map((r) => [r.label ?? "none", [r.leads, r.won, r.lost]]));
      expect(campaign).toEqual({ Vår: [1, 1, 0], none: [5, 0, 2] });
    });

    it("credits the win to the first and the last inbound touchpoint before it", async () => {
      const s = await getSourceConversion(w.db, w.manager, may);
      // L1: page view (WEB, BRAND) 1 May, form (WEB, CUSTOMER) 4 May, our call (outbound: ignored),
      // chat (CHAT, CUSTOMER) 10 May, won 14 May; the email on 20 May came after the win.
      expect(s.attribution.wins).toBe(1);
      expect(s.attribution.byChannel).toEqual(
        expect.arrayContaining([
          { key: "WEB", firstTouch: 1, lastTouch: 0 },
          { key: "CHAT", firstTouch: 0, lastTouch: 1 },
        ]),
      );
      expect(s.attribution.byChannel).toHaveLength(2);
      expect(s.attribution.byOwner).toEqual(
        expect.arrayContaining([
          { key: "BRAND", firstTouch: 1, lastTouch: 0 },
          { key: "CUSTOMER", firstTouch: 0, lastTouch: 1 },
        ]),
      );
    });

    it("gives rep B none of rep A's wins", async () => {
      const s = await getSourceConversion(w.db, w.salesB, may);
      // L4 (undecided within 30 days) and L5 (lost).
      expect(s.total).toMatchObject({ leads: 2, won: 0, lost: 1, winRate: 0 });
      expect(s.attribution.wins).toBe(0);
    });
  });

  describe("speed to lead", () => {
    it("gives median, p90 and the SLA hit rate", async () => {
      const s = await getSpeedToLead(w.db, w.manager, may, NOW);
      // Answered: 10, 20, 30, 90 min. Median 25. p90 (linear): rank 0.9 × 3 = 2.7 → 30 + 0.7 × 60 = 72.
      expect(s.total.answered).toBe(4);
      expect(s.total.medianMinutes).toBe(25);
      expect(s.total.p90Minutes).toBeCloseTo(72);
      // Measured: the 4 answered + L5 (closed unanswered) + L6 (SLA ran out) = 6.
      // In time: L1 30 ≤ WEB 60, L2 10 ≤ CHAT 15; L3 20 > 15, L4 90 > 60 → 2 of 6.
      expect([s.total.measured, s.total.withinSla]).toEqual([6, 2]);
      // Breaching now: L6 (due 28 May) and L9 (due today 09:00); L3 has no clock.
      expect(s.breachingNow).toBe(2);
    });

    it("breaks it down by rep, channel and ISO week", async () => {
      const s = await getSpeedToLead(w.db, w.manager, may, NOW);
      const rep = Object.fromEntries(
        s.byRep.map((r) => [r.label ?? "unassigned", [r.medianMinutes, r.p90Minutes, r.measured, r.withinSla]]),
      );
      // Anna: 10, 20, 30 → median 20, p90 20 + 0.8 × 10 = 28. Bjørn: 90 (and L5 unanswered). Unassigned: L6.
      expect(rep).toEqual({ Anna: [20, 28, 3, 2], Bjørn: [90, 90, 2, 0], unassigned: [null, null, 1, 0] });
      const channel = Object.fromEntries(s.byChannel.map((r) => [r.key, [r.medianMinutes, r.measured, r.withinSla]]));
      // WEB 30, 90 → 60; CHAT 10, 20 → 15 (L6 unanswered); PHONE: L5 only.
      expect(channel).toEqual({ WEB: [60, 2, 1], CHAT: [15, 3, 1], PHONE: [null, 1, 0] });
      // Weeks start on Monday: 4 May (L1, L2, L4), 11 May (L3), 18 May (L5), 25 May (L6).
      expect(s.byWeek.map((r) => r.weekStart)).toEqual(["2026-05-04", "2026-05-11", "2026-05-18", "2026-05-25"]);
      expect(s.byWeek.map((r) => [r.isoWeek, r.measured, r.withinSla])).toEqual([
        [19, 3, 2],
        [20, 1, 0],
        [21, 1, 0],
        [22, 1, 0],
      ]);
    });

    it("shows a rep only their own row and their own breaches", async () => {
      const a = await getSpeedToLead(w.db, w.salesA, may, NOW);
      expect(a.byRep.map((r) => r.label)).toEqual(["Anna"]);
      expect(a.breachingNow).toBe(0);
      const b = await getSpeedToLead(w.db, w.salesB, may, NOW);
      expect(b.byRep.map((r) => r.label)).toEqual(["Bjørn"]);
      expect(b.breachingNow).toBe(1); // L9
    });
  });

  describe("pipeline", () => {
    it("gives open leads and value by stage, per currency", async () => {
      const p = await getPipeline(w.db, w.manager, may, NOW);
      // Open: L6 NEW 10 000 kr, L7 CONTACTED 30 000 kr, L9 CONTACTED 5 000 DKK, L3 PROPOSAL 50 000 kr.
      expect(p.byStage.map((r) => [r.stage, r.leads])).toEqual([
        ["NEW", 1],
        ["CONTACTED", 2],
        ["QUALIFIED", 0],
        ["PROPOSAL", 1],
      ]);
      expect(p.byStage[1].value).toEqual([
        { currency: "NOK", minor: 3_000_000 },
        { currency: "DKK", minor: 500_000 },
      ]);
      expect(p.openLeads).toBe(4);
      expect(p.value).toEqual([
        { currency: "NOK", minor: 9_000_000 },
        { currency: "DKK", minor: 500_000 },
      ]);
    });

    it("computes velocity from the leads created in the range and decided within the window", async () => {
      const p = await getPipeline(w.db, w.manager, may, NOW);
      // NOK, created in May: L1 won on day 10 (100 000 kr), L2 lost on day 5: win rate 1/2.
      // 3 open NOK leads × 1/2 × 100 000 kr ÷ 10 days = 15 000 kr a day.
      const nok = p.velocity.find((v) => v.currency === "NOK")!;
      expect(nok).toMatchObject({ openLeads: 3, winRate: 1 / 2, avgWonMinor: 10_000_000, avgDaysToClose: 10 });
      expect(nok.perDayMinor).toBeCloseTo(1_500_000);
      // DKK: L5 lost on day 5; L4 was won on day 39, after the 30-day window: no estimate.
      expect(p.velocity.find((v) => v.currency === "DKK")).toMatchObject({
        openLeads: 1,
        winRate: 0,
        perDayMinor: null,
      });
      // With a 60-day window L4's win counts: 1 of 2 decided, 20 000 kr in 39 days.
      const longer = await getPipeline(w.db, w.manager, filters({ window: "60" }), NOW);
      expect(longer.velocity.find((v) => v.currency === "DKK")).toMatchObject({
        openLeads: 1,
        winRate: 1 / 2,
        avgWonMinor: 2_000_000,
        avgDaysToClose: 39,
      });
    });

    it("counts stale leads and follow-up compliance", async () => {
      const p = await getPipeline(w.db, w.manager, may, NOW);
      // Quiet since before 1 June 10:00: L3 (20 May), L6 (28 May) → 2.
      expect(p.stale).toBe(2);
      // Past NEW: L3, L7, L9; a follow-up ahead: L3 only (L7 none, L9's was 1 June).
      expect([p.followUpDue, p.followUpPlanned, p.followUpCompliance]).toEqual([3, 1, 1 / 3]);
      // One day (quiet since before 14 June 10:00): L7 (14 June 08:00) and L9 (10 June) join → 4.
      expect((await getPipeline(w.db, w.manager, filters({ stale: "1" }), NOW)).stale).toBe(4);
    });

    it("gives a rep only their own pipeline", async () => {
      const p = await getPipeline(w.db, w.salesB, may, NOW);
      expect(p.byStage.map((r) => r.leads)).toEqual([0, 1, 0, 0]); // L9
      expect(p.value).toEqual([{ currency: "DKK", minor: 500_000 }]);
    });
  });

  describe("after the purchase", () => {
    it("gives tiers, repeat purchases by first-order month, and late orders", async () => {
      const a = await getAfterPurchase(w.db, w.manager, may, NOW);
      // Customers who bought: A1 GOLD, A2 SILVER, B1 BASIC (U's only order was cancelled).
      expect(a.tiers).toEqual([
        { tier: "BASIC", customers: 1 },
        { tier: "SILVER", customers: 1 },
        { tier: "GOLD", customers: 1 },
        { tier: "PLATINUM", customers: 0 },
      ]);
      // First orders in May: A1 (14 May, again 1 June) and A2 (15 May). B1's first was in April; U's was cancelled.
      expect(a.cohorts).toEqual([{ month: "2026-05", customers: 2, repeated: 1, repeatRate: 0.5 }]);
      // Open orders: O2 promised 10 June, now expected 20 June → 10 days late; O4 expected a week after its
      // promise → 7 days; O3 is early.
      expect([a.openOrders, a.lateTotal]).toEqual([3, 2]);
      expect(a.late.find((r) => r.milestone === "IN_PRODUCTION")).toMatchObject({
        open: 1,
        late: 1,
        medianDaysLate: 10,
      });
      expect(a.late.find((r) => r.milestone === "CONFIRMED")).toMatchObject({ open: 1, late: 1, medianDaysLate: 7 });
    });

    it("gives a rep only the customers they own", async () => {
      const b = await getAfterPurchase(w.db, w.salesB, may, NOW);
      expect(b.tiers.filter((t) => t.customers > 0)).toEqual([{ tier: "BASIC", customers: 1 }]);
      expect(b.cohorts).toEqual([]);
      expect([b.openOrders, b.lateTotal]).toEqual([1, 1]); // O4
    });
  });

  describe("access", () => {
    it("refuses a customer everywhere", async () => {
      for (const call of [
        () => getJourneyFunnel(w.db, w.customer, may, NOW),
        () => getSourceConversion(w.db, w.customer, may),
        () => getSpeedToLead(w.db, w.customer, may, NOW),
        () => getPipeline(w.db, w.customer, may, NOW),
        () => getAfterPurchase(w.db, w.customer, may, NOW),
        () => getDashboardOptions(w.db, w.customer),
      ])
        await expect(call()).rejects.toBeInstanceOf(AnalyticsAccessError);
    });

    it("offers the team filter to managers only", async () => {
      const m = await getDashboardOptions(w.db, w.manager);
      expect(m.teams.map((t) => t.name)).toEqual(["Bil", "Bygg"]);
      const s = await getDashboardOptions(w.db, w.salesA);
      expect(s.teams).toEqual([]);
      expect(s.campaigns.map((c) => c.name)).toEqual(["Vår"]);
    });

    it("offers the newest campaigns, a bounded list, and the chosen one even when it is older", async () => {
      const base = new Date("2020-01-01T00:00:00Z").getTime();
      await w.db.campaign.createMany({
        data: Array.from({ length: CAMPAIGNS_SHOWN + 5 }, (_, i) => ({
          name: `Kampanje ${String(i).padStart(3, "0")}`,
          channel: "EMAIL" as const,
          startsAt: new Date(base + i * 86_400_000),
        })),
      });
      try {
        const shown = (await getDashboardOptions(w.db, w.manager)).campaigns;
        expect(shown).toHaveLength(CAMPAIGNS_SHOWN);
        expect(shown[0].name).toBe("Vår");
        expect(shown.map((c) => c.name)).not.toContain("Kampanje 000");
        const oldest = await w.db.campaign.findUniqueOrThrow({ where: { name: "Kampanje 000" } });
        const chosen = (await getDashboardOptions(w.db, w.manager, { campaignId: oldest.id })).campaigns;
        expect(chosen).toHaveLength(CAMPAIGNS_SHOWN + 1);
        expect(chosen.at(-1)).toEqual({ id: oldest.id, name: "Kampanje 000" });
      } finally {
        await w.db.campaign.deleteMany({ where: { name: { startsWith: "Kampanje " } } });
      }
    });
  });
});
