import { describe, expect, it } from "vitest";
import { parseDashboardFilters } from "./filters";
import { leadListHref } from "./lead-links";
import { parseLeadFilters } from "@/lib/validation/lead-filters";

const now = new Date("2026-11-24T09:00:00Z");
const rep = "0b7f3c2e-5d1a-4c7b-9e3f-2a1b4c5d6e7f";
const campaign = "5c1f0e9a-8b7d-4e6f-a5b4-c3d2e1f0a9b8";
const team = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
const read = (href: string) => parseLeadFilters(new URLSearchParams(href.split("?")[1]));

describe("links from the dashboard to the lead list", () => {
  it("carries the stage, the channel, and both the rep and the team a manager chose", () => {
    const f = parseDashboardFilters({ channel: "CHAT", rep, team }, now);
    expect(leadListHref(f, "MANAGER", { stage: "QUALIFIED" })).toBe(
      `/leads?view=all&rep=${rep}&stage=QUALIFIED&channel=CHAT&team=${team}`,
    );
  });

  it("shows a sales rep their own leads, never another rep's or a team", () => {
    const f = parseDashboardFilters({ rep, team }, now);
    expect(leadListHref(f, "SALES", { stage: "NEW" })).toBe("/leads?view=all&scope=mine&stage=NEW");
  });

  it("opens breaching leads, not every overdue follow-up, and no date range for a figure about now", () => {
    const f = parseDashboardFilters({ range: "30d" }, now);
    const breach = read(leadListHref(f, "MANAGER", { breach: true }));
    expect(breach).toMatchObject({ breach: true, overdue: false, view: "all", outcome: "open" });
    expect(breach.from).toBeUndefined();
  });

  it("carries the range's own instants and every outcome for a figure of leads created in it", () => {
    const f = parseDashboardFilters({ range: "custom", from: "2026-03-01", to: "2026-05-31", team, campaign }, now);
    const list = read(leadListHref(f, "MANAGER", { channel: "WEB", created: true }));
    expect(list).toMatchObject({
      from: f.from.toISOString(),
      to: f.to.toISOString(),
      outcome: "all",
      view: "all",
      channel: "WEB",
      team,
      campaign,
    });
    // 1 March in Oslo starts at 23:00 UTC the day before.
    expect(list.from).toBe("2026-02-28T23:00:00.000Z");
  });
});
