import { describe, expect, it } from "vitest";
import { parseDashboardFilters } from "./filters";
import { leadListHref } from "./lead-links";

const now = new Date("2026-11-24T09:00:00Z");
const rep = "0b7f3c2e-5d1a-4c7b-9e3f-2a1b4c5d6e7f";

describe("links from the dashboard to the lead list", () => {
  it("carries the stage, the channel and the rep a manager chose", () => {
    const f = parseDashboardFilters({ channel: "CHAT", rep }, now);
    expect(leadListHref(f, "MANAGER", { stage: "QUALIFIED" })).toBe(`/leads?rep=${rep}&stage=QUALIFIED&channel=CHAT`);
  });

  it("shows a sales rep their own leads, never another rep's", () => {
    const f = parseDashboardFilters({ rep }, now);
    expect(leadListHref(f, "SALES", { stage: "NEW" })).toBe("/leads?scope=mine&stage=NEW");
  });

  it("links a row's own channel and the overdue view", () => {
    const f = parseDashboardFilters({}, now);
    expect(leadListHref(f, "MANAGER", { channel: "WEB" })).toBe("/leads?channel=WEB");
    expect(leadListHref(f, "MANAGER", { overdue: true })).toBe("/leads?overdue=1");
  });

  it("carries the campaign and a manager's team, and never a team for a sales rep", () => {
    const campaign = "5c1f0e9a-8b7d-4e6f-a5b4-c3d2e1f0a9b8";
    const team = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
    const f = parseDashboardFilters({ team, campaign }, now);
    expect(leadListHref(f, "MANAGER", { stage: "NEW" })).toBe(`/leads?stage=NEW&campaign=${campaign}&team=${team}`);
    expect(leadListHref(f, "SALES")).toBe(`/leads?scope=mine&campaign=${campaign}`);
    expect(leadListHref(parseDashboardFilters({}, now), "MANAGER", { campaign })).toBe(`/leads?campaign=${campaign}`);
  });
});
